-- Raw-SQL floor for (i): article 1 with the officials it mentions (with their countries), the
-- countries it mentions, the forums it reports (latest first) and its topics, names A to Z.
SELECT json_build_object('data', json_build_object('article', (
  SELECT json_build_object('headline', a.headline, 'publishedOn', a.published_on,
    'mentionedOfficials', (SELECT coalesce(json_agg(x), '[]'::json) FROM (
        SELECT o.name, (SELECT row_to_json(z) FROM (SELECT c.name) z WHERE c.id IS NOT NULL) AS country
          FROM article_official j JOIN official o ON o.id = j.official_id
          LEFT JOIN country c ON c.id = o.country_id WHERE j.article_id = a.id ORDER BY o.name, o.id) x),
    'mentionedCountries', (SELECT coalesce(json_agg(json_build_object('name', c.name) ORDER BY c.name, c.id), '[]'::json)
          FROM article_country j JOIN country c ON c.id = j.country_id WHERE j.article_id = a.id),
    'forums', (SELECT coalesce(json_agg(json_build_object('name', f.name, 'startDate', f.start_date)
                 ORDER BY coalesce(f.start_date, '-infinity'::date) DESC, f.id DESC), '[]'::json)
          FROM forum_article j JOIN forum f ON f.id = j.forum_id WHERE j.article_id = a.id),
    'topics', (SELECT coalesce(json_agg(json_build_object('name', t.name) ORDER BY t.name, t.id), '[]'::json)
          FROM article_topic j JOIN topic t ON t.id = j.topic_id WHERE j.article_id = a.id))
    FROM article a WHERE a.id = 1)));
