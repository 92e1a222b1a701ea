-- Raw-SQL floor for (f), four relations deep: country :cf with its officials (by name), each
-- official's 5 latest meetings and each meeting's statements (newest first), as the exact JSON
-- document Parley sends. An official's latest meetings come in order from the participant rows' copy of the date
-- and its index (migration V3).
SELECT json_build_object('data', json_build_object('country',
  (SELECT row_to_json(cc) FROM (
     SELECT c.name,
            (SELECT coalesce(json_agg(oo), '[]'::json) FROM (
               SELECT o.name,
                      (SELECT coalesce(json_agg(mm), '[]'::json) FROM (
                         SELECT m.held_on AS "heldOn",
                                (SELECT coalesce(json_agg(ss), '[]'::json) FROM (
                                   SELECT st.text FROM statement st WHERE st.meeting_id = m.id
                                    ORDER BY coalesce(st.said_on, '-infinity'::date), st.id) ss) AS statements
                           FROM (SELECT m.* FROM meeting_participant p JOIN bilateral_meeting m ON m.id = p.meeting_id
                                  WHERE p.official_id = o.id
                                  ORDER BY coalesce(p.held_on, '-infinity'::date) DESC, p.meeting_id DESC LIMIT 5) m
                          ORDER BY coalesce(m.held_on, '-infinity'::date) DESC, m.id DESC) mm) AS meetings
                 FROM official o WHERE o.country_id = c.id
                ORDER BY o.name, o.id) oo) AS officials
       FROM country c WHERE c.id = :cf) cc)));
