-- Raw-SQL floor for (c): the first 20 officials by id, each with their 10 latest statements and
-- the headlines of the articles that report each statement (latest published first), as the exact JSON document Parley sends.
SELECT json_build_object('data', json_build_object('officials', json_build_object('nodes',
  coalesce((SELECT json_agg(n) FROM (
    SELECT rtrim(translate(encode(convert_to('Official:' || o.id, 'UTF8'), 'base64'), '+/', '-_'), '=') AS id,
           o.name,
           (SELECT coalesce(json_agg(s), '[]'::json) FROM (
               SELECT rtrim(translate(encode(convert_to('Statement:' || st.id, 'UTF8'), 'base64'), '+/', '-_'), '=') AS id,
                      st.text, st.kind, st.said_on AS "saidOn",
                      (SELECT coalesce(json_agg(y), '[]'::json) FROM (
                          SELECT a.headline FROM statement_article sa JOIN article a ON a.id = sa.article_id
                           WHERE sa.statement_id = st.id
                           ORDER BY coalesce(a.published_on, '-infinity'::date) DESC, a.id DESC) y) AS articles
                 FROM (SELECT * FROM statement WHERE speaker_id = o.id
                        ORDER BY coalesce(said_on, '-infinity'::date) DESC, id DESC LIMIT 10) st
                ORDER BY coalesce(st.said_on, '-infinity'::date) DESC, st.id DESC) s) AS statements
      FROM (SELECT id, name FROM official ORDER BY id LIMIT 20) o
     ORDER BY o.id) n), '[]'::json))));
