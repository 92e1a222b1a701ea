-- Raw-SQL floor for (e): the 10 statements that match the words of "nuclear" best (ts_rank over the
-- stored tsvector, normalisation 32, ties by id), with their speakers, as the exact JSON document
-- Parley sends.
WITH q AS (SELECT websearch_to_tsquery('english', 'nuclear') AS words)
SELECT json_build_object('data', json_build_object('search', coalesce((SELECT json_agg(json_build_object('node',
         json_build_object(
           'id', rtrim(translate(encode(convert_to('Statement:' || h.id, 'UTF8'), 'base64'), '+/', '-_'), '='),
           'text', h.text, 'saidOn', h.said_on,
           'speaker', CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('name', o.name) END))
         ORDER BY h.score DESC, h.id)
    FROM (SELECT st.id, st.text, st.said_on, st.speaker_id, ts_rank(st.search, q.words, 32) AS score
            FROM statement st, q
           WHERE st.search @@ q.words
           ORDER BY score DESC, st.id LIMIT 10) h
    LEFT JOIN official o ON o.id = h.speaker_id), '[]'::json)));
