-- Raw-SQL floor for (a): one official by id (random in 1..:maxid) with current position title and
-- country name, as the exact JSON document Parley sends (IDs in Parley's scheme: base64url, no
-- padding, of "Official:<id>").
\set id random(1, :maxid)
SELECT json_build_object('data', json_build_object('official',
  (SELECT json_build_object(
            'id', rtrim(translate(encode(convert_to('Official:' || o.id, 'UTF8'), 'base64'), '+/', '-_'), '='),
            'name', o.name,
            'currentPosition', (SELECT json_build_object('title', p.title) FROM official_position p
                                 WHERE p.official_id = o.id AND p.end_date IS NULL
                                 ORDER BY coalesce(p.start_date, '-infinity'::date) DESC, p.id DESC LIMIT 1),
            'country', CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object('name', c.name) END)
     FROM official o LEFT JOIN country c ON c.id = o.country_id
    WHERE o.id = :id)));
