-- Raw-SQL floor for (g): (b) with each meeting's days since the previous meeting between the same two
-- countries, kept in meeting_fact (migration V5).
SELECT json_build_object('data', json_build_object('meetings', json_build_object('nodes',
  coalesce((SELECT json_agg(n) FROM (
    SELECT rtrim(translate(encode(convert_to('Meeting:' || m.id, 'UTF8'), 'base64'), '+/', '-_'), '=') AS id,
           m.held_on AS "heldOn", m.location,
           (SELECT row_to_json(x) FROM (SELECT f.name) x WHERE f.id IS NOT NULL) AS forum,
           (SELECT coalesce(json_agg(pp), '[]'::json) FROM (
               SELECT (SELECT row_to_json(y) FROM (SELECT o.name,
                          (SELECT row_to_json(z) FROM (SELECT c.name) z WHERE c.id IS NOT NULL) AS country) y)
                        AS official
                 FROM meeting_participant p
                 JOIN official o ON o.id = p.official_id
                 LEFT JOIN country c ON c.id = o.country_id
                WHERE p.meeting_id = m.id
                ORDER BY p.official_id) pp) AS participants,
           (SELECT m.held_on - cur.previous_held_on FROM meeting_fact cur WHERE cur.meeting_id = m.id)
             AS "daysSincePreviousMeeting"
      FROM (SELECT * FROM bilateral_meeting
             ORDER BY coalesce(held_on, '-infinity'::date) DESC, id DESC LIMIT 50) m
      LEFT JOIN forum f ON f.id = m.forum_id
     ORDER BY coalesce(m.held_on, '-infinity'::date) DESC, m.id DESC) n), '[]'::json))));
