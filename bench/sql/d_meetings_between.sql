-- Raw-SQL floor for (d): the meetings between countries :ca and :cb (one side each), total count
-- and the 20 latest with forum name, as the exact JSON document Parley sends.
WITH mb AS MATERIALIZED (
  SELECT m.id, m.held_on, m.location, m.forum_id
    FROM meeting_side a
    JOIN meeting_side b ON b.meeting_id = a.meeting_id AND b.country_id = :cb
    JOIN bilateral_meeting m ON m.id = a.meeting_id
   WHERE a.country_id = :ca AND :ca <> :cb)
SELECT json_build_object('data', json_build_object('meetings', json_build_object(
  'totalCount', (SELECT count(*) FROM mb),
  'nodes', (SELECT coalesce(json_agg(json_build_object(
                'id', rtrim(translate(encode(convert_to('Meeting:' || x.id, 'UTF8'), 'base64'), '+/', '-_'), '='),
                'heldOn', x.held_on, 'location', x.location,
                'forum', CASE WHEN f.id IS NULL THEN NULL ELSE json_build_object('name', f.name) END)
                ORDER BY coalesce(x.held_on, '-infinity'::date) DESC, x.id DESC), '[]'::json)
              FROM (SELECT * FROM mb ORDER BY coalesce(held_on, '-infinity'::date) DESC, id DESC LIMIT 20) x
              LEFT JOIN forum f ON f.id = x.forum_id))));
