-- What PostGraphile needs beyond Parley's tables to ask the benchmark's questions the way Parley
-- answers them, in a schema of its own (parley_peer) so that Parley's schema stays exactly its
-- migrations. These are the SQL functions a PostGraphile user would write: computed columns and
-- custom queries. They order like Parley's API (by the same date expressions, then id), which is also the expression Parley's indexes are built on; PostGraphile's own orderBy only
-- offers indexed columns, and Parley indexes these dates only through that expression.
-- Not STRICT and without SET clauses: PostgreSQL inlines only such SQL functions, so the planner
-- sees through them (indexes, LIMIT); hence the schema-qualified table names.
--   psql -d parley_bench -v ON_ERROR_STOP=1 [-v schema=parley] -f peer.sql
\set ON_ERROR_STOP on
\if :{?schema}
\else
  \set schema parley
\endif
SET client_min_messages = warning;
SELECT set_config('bench.schema', :'schema', false) \gset
DROP SCHEMA IF EXISTS parley_peer CASCADE;
CREATE SCHEMA parley_peer;

DO $do$
DECLARE s text := quote_ident(current_setting('bench.schema'));
BEGIN
  -- Official.currentPosition: the open position (no end date) that started last.
  EXECUTE format($f$
    CREATE FUNCTION parley_peer.official_current_position(o %1$s.official) RETURNS %1$s.official_position
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
      SELECT p.* FROM %1$s.official_position p
       WHERE p.official_id = o.id AND p.end_date IS NULL
       ORDER BY coalesce(p.start_date, '-infinity'::date) DESC, p.id DESC
       LIMIT 1
    $$ $f$, s);

  -- Official.statements: an official's statements, newest first.
  EXECUTE format($f$
    CREATE FUNCTION parley_peer.official_statements(o %1$s.official) RETURNS SETOF %1$s.statement
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
      SELECT st.* FROM %1$s.statement st
       WHERE st.speaker_id = o.id
       ORDER BY coalesce(st.said_on, '-infinity'::date) DESC, st.id DESC
    $$ $f$, s);

  -- Official.meetings: the meetings an official took part in, newest first.
  EXECUTE format($f$
    CREATE FUNCTION parley_peer.official_meetings(o %1$s.official) RETURNS SETOF %1$s.bilateral_meeting
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
      SELECT m.* FROM %1$s.bilateral_meeting m
       WHERE m.id IN (SELECT p.meeting_id FROM %1$s.meeting_participant p WHERE p.official_id = o.id)
       ORDER BY coalesce(m.held_on, '-infinity'::date) DESC, m.id DESC
    $$ $f$, s);

  -- BilateralMeeting.statements: the statements made at a meeting, in the order they were made.
  EXECUTE format($f$
    CREATE FUNCTION parley_peer.bilateral_meeting_statements(m %1$s.bilateral_meeting) RETURNS SETOF %1$s.statement
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
      SELECT st.* FROM %1$s.statement st
       WHERE st.meeting_id = m.id
       ORDER BY coalesce(st.said_on, '-infinity'::date), st.id
    $$ $f$, s);

  -- Statement.articles: the articles that report a statement, latest published first.
  EXECUTE format($f$
    CREATE FUNCTION parley_peer.statement_articles(st %1$s.statement) RETURNS SETOF %1$s.article
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
      SELECT a.* FROM %1$s.article a
       WHERE a.id IN (SELECT sa.article_id FROM %1$s.statement_article sa WHERE sa.statement_id = st.id)
       ORDER BY coalesce(a.published_on, '-infinity'::date) DESC, a.id DESC
    $$ $f$, s);

  -- Query.meetingsNewestFirst: all meetings, newest first.
  EXECUTE format($f$
    CREATE FUNCTION parley_peer.meetings_newest_first() RETURNS SETOF %1$s.bilateral_meeting
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
      SELECT m.* FROM %1$s.bilateral_meeting m
       ORDER BY coalesce(m.held_on, '-infinity'::date) DESC, m.id DESC
    $$ $f$, s);

  -- Query.meetingsBetween: the meetings whose two sides are the two countries, newest first.
  EXECUTE format($f$
    CREATE FUNCTION parley_peer.meetings_between(country_a bigint, country_b bigint)
    RETURNS SETOF %1$s.bilateral_meeting
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
      SELECT m.* FROM %1$s.bilateral_meeting m
       WHERE m.id = ANY (ARRAY(
         SELECT a.meeting_id FROM %1$s.meeting_side a JOIN %1$s.meeting_side b
             ON b.meeting_id = a.meeting_id AND b.country_id = country_b
          WHERE a.country_id = country_a AND country_a <> country_b))
       ORDER BY coalesce(m.held_on, '-infinity'::date) DESC, m.id DESC
    $$ $f$, s);

  -- Query.searchStatements: the statements that match the words of a web-style query, best first,
  -- ranked as Parley ranks them (ts_rank over the stored tsvector, normalisation 32, ties by id).
  EXECUTE format($f$
    CREATE FUNCTION parley_peer.search_statements(query text) RETURNS SETOF %1$s.statement
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
      SELECT st.* FROM %1$s.statement st
       WHERE st.search @@ websearch_to_tsquery('english', query)
       ORDER BY ts_rank(st.search, websearch_to_tsquery('english', query), 32) DESC, st.id
    $$ $f$, s);
END
$do$;

COMMENT ON FUNCTION parley_peer.meetings_newest_first() IS E'@name meetingsNewestFirst';
COMMENT ON FUNCTION parley_peer.meetings_between(bigint, bigint) IS E'@name meetingsBetween';
COMMENT ON FUNCTION parley_peer.search_statements(text) IS E'@name searchStatements';
