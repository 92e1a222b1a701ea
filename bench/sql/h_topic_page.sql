-- Raw-SQL floor for (h): topic 1 with its 20 latest statements, each with its speaker and the
-- speaker's country, and the articles that report it (latest published first).
SELECT json_build_object('data', json_build_object('topic', (
  SELECT json_build_object('name', tp.name, 'statements', coalesce((SELECT json_agg(s) FROM (
      SELECT st.text, st.said_on AS "saidOn",
             (SELECT row_to_json(y) FROM (SELECT o.name,
                 (SELECT row_to_json(z) FROM (SELECT c.name) z WHERE c.id IS NOT NULL) AS country) y) AS speaker,
             (SELECT coalesce(json_agg(x), '[]'::json) FROM (
                 SELECT a.headline, a.published_on AS "publishedOn"
                   FROM statement_article sa JOIN article a ON a.id = sa.article_id
                  WHERE sa.statement_id = st.id
                  ORDER BY coalesce(a.published_on, '-infinity'::date) DESC, a.id DESC) x) AS articles
        FROM (SELECT t.* FROM statement_topic j JOIN statement t ON t.id = j.statement_id
               WHERE j.topic_id = tp.id
               ORDER BY coalesce(t.said_on, '-infinity'::date) DESC, t.id DESC LIMIT 20) st
        JOIN official o ON o.id = st.speaker_id
        LEFT JOIN country c ON c.id = o.country_id
       ORDER BY coalesce(st.said_on, '-infinity'::date) DESC, st.id DESC) s), '[]'::json))
    FROM topic tp WHERE tp.id = 1)));
