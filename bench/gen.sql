-- Deterministic data for the benchmark, in Parley's own tables (schema created by Flyway).
--   psql -h 127.0.0.1 -U postgres -d parley_bench -X -v ON_ERROR_STOP=1 -v scale=1 [-v schema=parley] -f bench/gen.sql
-- scale=1: 200 countries, 100 organisations, 40 topics (fixed), 2,000 officials with ~4,000
-- positions, 100 forums (20 series of numbered editions) with ~2,900 participants (85% with their
-- delegation's level), 20,000 articles, 20,000 bilateral meetings (8% planned, 2% cancelled, 1% of
-- unknown status; two sides: side 1 a country, side 2 another country or, in ~5%, an international
-- organisation; ~60,000 participants, ~40,000 agenda topics), 100,000 statements (~59% at a held
-- meeting; ~125,000 article links, ~150,000 topics). Officials, forums, articles, meetings and
-- statements scale with :scale (fractions allowed; at least 200 officials, one of each other row).
-- No random(): every value derives from hashint8(row number, salt) and every id is given
-- explicitly, so the same scale gives the same rows on every run. The audit columns get a fixed
-- time instead of now(); every other column not named here keeps its default.
-- Empties the domain tables of the schema first (never the Flyway history), and records the scale in
-- bench_meta.generated (a schema of its own), where `run.sh --skip-data` reads it.
\set ON_ERROR_STOP on
\if :{?scale}
\else
  \set scale 1
\endif
\if :{?schema}
\else
  \set schema parley
\endif
SET client_min_messages = warning;
SELECT set_config('search_path', :'schema', false) \gset

SELECT count(*) = 0 AS schema_missing FROM pg_tables WHERE schemaname = :'schema' AND tablename = 'statement_article' \gset
\if :schema_missing
  \echo 'ERROR: schema' :schema 'has no Parley tables: start Parley once against this database (Flyway creates them)'
  \quit 3
\endif

-- h(i, salt): deterministic pseudo-random integer in [0, 2^31); u(): uniform in [0,1).
CREATE FUNCTION pg_temp.h(i bigint, salt int) RETURNS bigint
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT hashint8(i * 1009 + salt)::bigint & 2147483647 $$;
CREATE FUNCTION pg_temp.u(i bigint, salt int) RETURNS float8
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT pg_temp.h(i, salt) / 2147483648.0 $$;
CREATE FUNCTION pg_temp.pick(arr text[], i bigint, salt int) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT arr[1 + pg_temp.h(i, salt) % cardinality(arr)] $$;

CREATE TEMP TABLE params AS
SELECT greatest(200, round(2000   * :scale)::int / 200 * 200) AS n_off,
       greatest(1,   round(100    * :scale)::int)             AS n_forum,
       greatest(1,   round(20000  * :scale)::int)             AS n_art,
       greatest(1,   round(20000  * :scale)::int)             AS n_meet,
       greatest(1,   round(100000 * :scale)::int)             AS n_stmt,
       timestamptz '2026-01-01 00:00:00+00'                   AS stamp;

CREATE TEMP TABLE words AS SELECT
  ARRAY['Ar','Bel','Cor','Dal','Es','Fen','Gal','Hal','Is','Jor','Kes','Lor','Mar','Nor','Ost',
        'Pel','Quar','Ros','Sel','Tor'] AS c_pre,
  ARRAY['ania','avia','istan','onia','land','ador','ia','esia','ovia','ica'] AS c_suf,
  ARRAY['grad','ville','polis','burg','haven','port','stad','mouth','field','ton'] AS city_suf,
  ARRAY['Amina','Boris','Carmen','Dmitri','Elena','Farid','Grace','Hiroshi','Ines','Jamal',
        'Katarina','Lars','Mei','Nadia','Olumide','Pablo','Qin','Rania','Sergei','Tomas',
        'Ursula','Viktor','Wen','Ximena','Yusuf','Zanele','Ahmed','Beatriz','Chen','Dario',
        'Emeka','Fatima','Gustavo','Hana','Ivan','Julia','Kwame','Leila','Mateo','Noor'] AS first_names,
  ARRAY['Abadi','Bergstrom','Castillo','Dimitrov','Eriksen','Fernandes','Gupta','Haddad',
        'Ivanova','Jensen','Kovacs','Lindqvist','Mensah','Nakamura','Okafor','Petrov','Quispe',
        'Rahman','Santos','Tanaka','Usmanov','Varga','Wang','Xu','Yilmaz','Zhou','Alvarez',
        'Banerjee','Costa','Duarte','Ekwueme','Farouk','Garcia','Hoffmann','Iqbal','Jovanovic',
        'Kim','Lopez','Moreau','Novak'] AS last_names,
  ARRAY['President','Prime Minister','Foreign Minister','Deputy Foreign Minister','Ambassador',
        'Trade Minister','Defence Minister','Finance Minister','State Secretary',
        'National Security Adviser','Special Envoy','Minister of Energy'] AS gov_titles,
  ARRAY['Secretary-General','Deputy Secretary-General','Director-General','Commissioner',
        'Special Representative','Chief Economist'] AS org_titles,
  ARRAY['G20 Leaders'' Summit','G7 Summit','BRICS Summit','ASEAN Summit','NATO Summit',
        'UN General Assembly High-Level Week','Munich Security Conference','World Economic Forum',
        'APEC Leaders'' Meeting','African Union Summit','Shangri-La Dialogue','COP Climate Conference',
        'Raisina Dialogue','Shanghai Cooperation Organisation Summit','OSCE Ministerial Council',
        'East Asia Summit','Summit of the Americas','Commonwealth Heads of Government Meeting',
        'Valdai Discussion Club','Doha Forum'] AS forum_series,
  ARRAY['Global Wire','The Daily Envoy','Capital Times','World Affairs Review','Diplomatic Courier',
        'Evening Standard Post','Northern Herald','Pacific Observer','Continental Press Agency',
        'The Foreign Desk','Atlas News','Meridian Report','Harbour Gazette','Summit Daily',
        'The Chancery','International Ledger','Eastern Dispatch','Southern Tribune',
        'Policy Monitor','Frontline Weekly','Agence Mondiale','Civic Journal','The Observer Line',
        'Bulletin International'] AS publishers,
  ARRAY['trade','climate change','energy security','nuclear non-proliferation','maritime security',
        'migration','public health','food security','cybersecurity','counter-terrorism',
        'development finance','debt relief','arms control','critical minerals','semiconductors',
        'digital economy','human rights','humanitarian aid','refugees','water security',
        'fisheries','space cooperation','education exchange','tourism','infrastructure investment',
        'regional stability','peace process','sanctions','visa liberalisation','customs union',
        'agriculture','renewable energy','pandemic preparedness','artificial intelligence',
        'transport corridors','labour mobility','cultural heritage','anti-corruption',
        'financial regulation','ocean governance'] AS topics,
  ARRAY['agree to deepen cooperation on %s','discuss %s on the sidelines','sign memorandum on %s',
        'clash over %s','launch joint working group on %s','pledge closer ties on %s',
        'seek common ground on %s','review progress on %s'] AS headline_tpl,
  ARRAY['Officials described the talks as constructive and forward-looking.',
        'Both delegations reaffirmed their commitment to multilateral institutions.',
        'Analysts said the meeting signalled a thaw after months of tension.',
        'A joint statement is expected to be published later this week.',
        'The ministers also exchanged views on regional security developments.',
        'Business leaders welcomed the announcement, citing new investment opportunities.',
        'Opposition politicians criticised the lack of concrete commitments.',
        'The talks lasted nearly three hours, according to a spokesperson.',
        'Observers noted that several contentious issues remained unresolved.',
        'The two sides agreed to meet again before the end of the year.',
        'Diplomats familiar with the negotiations said a framework agreement was close.',
        'Civil society groups urged both governments to prioritise human rights.',
        'Trade between the two countries has grown steadily over the past decade.',
        'The foreign ministry declined to comment on the details of the discussion.',
        'Experts cautioned that implementation would take several years.',
        'The meeting took place amid heightened security in the host city.'] AS sentences,
  ARRAY['We will continue to work closely with our partners on %s.',
        'There can be no lasting progress on %s without mutual trust.',
        'Our position on %s has not changed and will not change.',
        'We are deeply concerned about recent developments regarding %s.',
        'This agreement on %s opens a new chapter in our relations.',
        'We expect concrete steps on %s in the coming months.',
        'Dialogue on %s is the only way forward.',
        'We reject any attempt to politicise %s.'] AS quote_tpl;

BEGIN;

-- The aggregates of migration V4 go with the rows they count; the inserts below fill them again through
-- the same triggers as any write, at COMMIT.
TRUNCATE statement_topic, statement_article, statement, meeting_topic_expected, meeting_topic, meeting_participant,
  meeting_side, meeting_report, meeting_article, forum_article, bilateral_meeting, forum_participant, forum_panel,
  forum, meeting_participant_source, forum_participant_source, event,
  article_official, article_country, article_organization, article_topic, article,
  official_position, official, organization, topic, country,
  meeting_fact, meeting_pair_count, meeting_country_count, group_count, aggregate_delta;

-- Countries (fixed 200): unique two-letter codes AA..HR, unique names.
INSERT INTO country (id, created_at, updated_at, code, name)
SELECT i, p.stamp, p.stamp,
       chr(65 + (i - 1) / 26) || chr(65 + (i - 1) % 26),
       w.c_pre[(i - 1) % 20 + 1] || w.c_suf[(i - 1) / 20 % 10 + 1]
FROM params p, words w, generate_series(1, 200) i;

-- Organisations (fixed 100): 1..24 news publishers, 25..100 international bodies (every 7th an alliance);
-- the latter are sides of meetings and employ the officials whose current post is in an organisation.
INSERT INTO organization (id, created_at, updated_at, name, short_name, kind, country_id)
SELECT i, p.stamp, p.stamp,
       CASE WHEN i <= 24 THEN w.publishers[i]
            ELSE (ARRAY['Organisation','Council','Union','Agency','Commission','Bank','Forum','Alliance',
                        'Institute','Conference'])[(i - 25) % 10 + 1] || ' for ' ||
                 (ARRAY['Economic Cooperation','Regional Security','Maritime Affairs','Development',
                        'Energy Transition','Trade Facilitation','Public Health','Food and Agriculture'])
                   [(i - 25) / 10 % 8 + 1] END,
       CASE WHEN i > 24 THEN (ARRAY['O','C','U','A','C','B','F','A','I','C'])[(i - 25) % 10 + 1] ||
                             (ARRAY['EC','RS','MA','D','ET','TF','PH','FA'])[(i - 25) / 10 % 8 + 1] END,
       CASE WHEN i <= 24 THEN 'NEWS_PUBLISHER'
            WHEN i % 7 = 0 THEN 'ALLIANCE' ELSE 'INTERNATIONAL_ORGANIZATION' END,
       CASE WHEN i <= 24 THEN 1 + pg_temp.h(i, 3) % 200 END
FROM params p, words w, generate_series(1, 100) i;

INSERT INTO topic (id, created_at, updated_at, name)
SELECT i, p.stamp, p.stamp, w.topics[i] FROM params p, words w, generate_series(1, cardinality(w.topics)) i;

-- Officials: official i represents country (i-1) % 200 + 1, so the officials of country c are
-- c, c+200, c+400, ...  Names are unique: a bijection of the row onto 40 x 40 first/last names,
-- with a middle initial from the 1,601st official on.
INSERT INTO official (id, created_at, updated_at, name, country_id)
SELECT i, p.stamp, p.stamp,
       w.first_names[1 + (((i - 1) * 1031) % 1600) % 40] || ' ' ||
       CASE WHEN (i - 1) / 1600 = 0 THEN ''
            ELSE chr(65 + ((i - 1) / 1600 - 1) % 26)
                 || CASE WHEN (i - 1) / 1600 > 26 THEN (((i - 1) / 1600 - 1) / 26)::text ELSE '' END || '. ' END ||
       w.last_names[1 + (((i - 1) * 1031) % 1600) / 40],
       (i - 1) % 200 + 1
FROM params p, words w, generate_series(1, p.n_off) i;

-- Positions: 1 to 3 per official, consecutive in time; the last one is open (no end date) and so
-- the official's current position. Every 5th official's current post is in an organisation.
CREATE TEMP TABLE pos_gen AS
SELECT row_number() OVER (ORDER BY o, k) AS id, o, k, n,
       date '2006-01-01' + (k * 1461 + pg_temp.h(o * 4 + k, 61) % 700)::int AS start_date
FROM params p, generate_series(1, p.n_off) o,
     LATERAL (SELECT 1 + (pg_temp.h(o, 60) % 3)::int AS n) c, generate_series(0, n - 1) k;

INSERT INTO official_position (id, created_at, updated_at, official_id, title, organization_id,
                               start_date, end_date)
SELECT g.id, p.stamp, p.stamp, g.o,
       CASE WHEN g.k = g.n - 1 AND g.o % 5 = 0 THEN pg_temp.pick(w.org_titles, g.o, 62)
            WHEN g.k = g.n - 1 AND g.o <= 200 THEN (ARRAY['President','Prime Minister'])[1 + g.o % 2]
            WHEN g.k = g.n - 1 AND g.o <= 400 THEN 'Foreign Minister'
            ELSE w.gov_titles[4 + (pg_temp.h(g.o, 63) + g.k) % 9] END,
       CASE WHEN g.k = g.n - 1 AND g.o % 5 = 0 THEN 25 + (g.o / 5) % 76 END,
       g.start_date,
       CASE WHEN g.k < g.n - 1 THEN g.start_date + 1400 END
FROM params p, words w, pos_gen g;

-- Each official's current position (for participants and speakers).
CREATE TEMP TABLE cur_pos AS SELECT o AS official_id, id AS position_id FROM pos_gen WHERE k = n - 1;
CREATE UNIQUE INDEX ON cur_pos (official_id);

-- Forum editions (migration V9): 20 series of yearly editions going back from 2025. A row is one edition,
-- named after its series (forum i is series (i-1) % 20 + 1, year 2025 - (i-1) / 20); edition is its ordinal
-- in the series by year, 1 for the earliest generated. About 20% of the editions give the words for their
-- ordinal ("the 4th"), 10% an ordinal derived from what was said ("3 years after the first", edition_derived);
-- about 20% keep the words for the first day ("Monday", "mid-March") and 30% those for the attendance.
CREATE FUNCTION pg_temp.ordinal(n int) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT n || CASE WHEN n % 100 IN (11, 12, 13) THEN 'th' WHEN n % 10 = 1 THEN 'st' WHEN n % 10 = 2 THEN 'nd'
                   WHEN n % 10 = 3 THEN 'rd' ELSE 'th' END $$;

CREATE TEMP TABLE forum_gen AS
SELECT i, (i - 1) % 20 + 1 AS series,
       (count(*) OVER (PARTITION BY (i - 1) % 20) - (i - 1) / 20)::int AS edition,
       pg_temp.h(i, 14) % 10 AS edition_kind
FROM params p, generate_series(1, p.n_forum) i;

INSERT INTO forum (id, created_at, updated_at, name, edition, edition_derived, edition_text, host_country_id,
                   location, start_date, end_date, duration_days, start_date_text, attendance_text)
SELECT g.i, p.stamp, p.stamp, w.forum_series[g.series], g.edition,
       g.edition_kind = 2 AND g.edition > 1,
       CASE WHEN g.edition_kind < 2 THEN 'the ' || pg_temp.ordinal(g.edition)
            WHEN g.edition_kind = 2 AND g.edition > 1
              THEN format('%s years after the first', g.edition - 1) END,
       f.host, c.name || ' capital', f.starts_on, f.starts_on + f.d - 1, f.d,
       CASE pg_temp.h(g.i, 15) % 10 WHEN 0 THEN to_char(f.starts_on, 'FMDay')
                                    WHEN 1 THEN 'mid-' || to_char(f.starts_on, 'FMMonth') END,
       CASE pg_temp.h(g.i, 16) % 10
            WHEN 0 THEN format('about %s senior officials and experts', 50 + 10 * (pg_temp.h(g.i, 17) % 30))
            WHEN 1 THEN format('delegations from more than %s countries', 20 + 5 * (pg_temp.h(g.i, 17) % 10))
            WHEN 2 THEN format('some %s participants', 500 + 100 * (pg_temp.h(g.i, 17) % 40)) END
FROM params p, words w, forum_gen g,
     LATERAL (SELECT 1 + floor(200 * pg_temp.u(g.i, 8) ^ 2)::int AS host,
                     make_date(2025 - (g.i - 1) / 20, 1 + (pg_temp.h(g.i, 9) % 12)::int,
                               1 + (pg_temp.h(g.i, 11) % 28)::int) AS starts_on,
                     (2 + pg_temp.h(g.i, 10) % 4)::int AS d) f
JOIN country c ON c.id = f.host;

-- About 30 participating countries per forum (distinct), 85% with the level of their delegation: half at
-- minister level, a quarter each at vice-minister level and below.
INSERT INTO forum_participant (id, forum_id, country_id, delegation_level)
SELECT row_number() OVER (ORDER BY f, c), f, c,
       CASE WHEN pg_temp.h(f * 1000 + c, 18) % 20 >= 3 THEN
         (ARRAY['MINISTER', 'MINISTER', 'VICE_MINISTER', 'BELOW_VICE_MINISTER'])[1 + pg_temp.h(f * 1000 + c, 19) % 4]
       END
FROM (SELECT DISTINCT f, 1 + floor(200 * pg_temp.u(f * 100 + j, 12) ^ 1.5)::int AS c
        FROM params p, generate_series(1, p.n_forum) f,
             generate_series(1, 22 + (pg_temp.h(f, 13) % 21)::int) j) x;

-- Articles (published by organisations 1..24).
INSERT INTO article (id, created_at, updated_at, url, headline, authors, publisher_id, published_on, body)
SELECT a, p.stamp, p.stamp,
       'https://news.example.org/' || pub || '/' || to_char(published_on, 'YYYY/MM/DD') || '/' || a,
       headline,
       CASE WHEN pg_temp.h(a, 23) % 10 = 0 THEN '{}'::text[]
            ELSE ARRAY[pg_temp.pick(w.first_names, a, 24) || ' ' || pg_temp.pick(w.last_names, a, 25)] END,
       pub, published_on,
       (SELECT string_agg(pg_temp.pick(w.sentences, a * 100 + j, 26), ' ')
          FROM generate_series(1, 20 + (pg_temp.h(a, 27) % 30)::int) j)
FROM params p, words w, generate_series(1, p.n_art) a,
     LATERAL (SELECT 1 + (pg_temp.h(a, 28) % 24)::int AS pub,
                     date '2015-01-01' + (pg_temp.h(a, 22) % 4018)::int AS published_on,
                     w.c_pre[1 + pg_temp.h(a, 29) % 20] || ' and ' || w.c_pre[1 + pg_temp.h(a, 30) % 20] || ' '
                       || format(pg_temp.pick(w.headline_tpl, a, 20), pg_temp.pick(w.topics, a, 21)) AS headline) x;

-- The officials of each international organisation: those whose current post is there (every 5th official,
-- see the positions), numbered 1..n per organisation. At small scales some organisations have none.
CREATE TEMP TABLE org_official AS
SELECT p.organization_id AS org, c.official_id,
       row_number() OVER (PARTITION BY p.organization_id ORDER BY c.official_id)::int AS k,
       count(*) OVER (PARTITION BY p.organization_id)::int AS n
FROM cur_pos c JOIN official_position p ON p.id = c.position_id
WHERE p.organization_id IS NOT NULL;
CREATE UNIQUE INDEX ON org_official (org, k);

-- Meetings: two different countries drawn with a skew (low ids meet more often); official
-- number ka of country ca (= ca + 200 ka) leads side 1. 60% on the sidelines of a forum.
-- About 5% have an international organisation (25..100, low ids more often) as side 2 instead of country cb
-- (migration V8): its principal is one of the organisation's officials (org_official) in 80% of them when it has
-- one of another country than ca, otherwise the side names no official. Status (migration V6): 8% PLANNED,
-- 2% CANCELLED, 1% UNKNOWN, the rest HELD; every meeting keeps its date.
CREATE TEMP TABLE meeting_gen AS
SELECT m, ca, CASE WHEN org IS NOT NULL THEN NULL WHEN cb = ca THEN ca % 200 + 1 ELSE cb END AS cb, org,
       (SELECT oo.official_id FROM org_official oo
         WHERE oo.org = c.org AND oo.k = 1 + pg_temp.h(m, 73) % oo.n
           AND pg_temp.h(m, 72) % 10 < 8 AND (oo.official_id - 1) % 200 + 1 <> c.ca) AS ob,
       (pg_temp.h(m, 33) % (p.n_off / 200))::int AS ka,
       (pg_temp.h(m, 34) % (p.n_off / 200))::int AS kb,
       (pg_temp.h(m, 35) % 3)::int AS ndel,
       CASE WHEN pg_temp.h(m, 36) % 10 < 6 THEN 1 + (pg_temp.h(m, 37) % p.n_forum)::int END AS forum_id,
       CASE WHEN pg_temp.h(m, 74) % 100 < 8 THEN 'PLANNED' WHEN pg_temp.h(m, 74) % 100 < 10 THEN 'CANCELLED'
            WHEN pg_temp.h(m, 74) % 100 < 11 THEN 'UNKNOWN' ELSE 'HELD' END AS status
FROM params p, generate_series(1, p.n_meet) m,
     LATERAL (SELECT 1 + floor(200 * pg_temp.u(m, 31) ^ 2)::int AS ca,
                     1 + floor(200 * pg_temp.u(m, 32) ^ 2)::int AS cb,
                     CASE WHEN pg_temp.h(m, 70) % 100 < 5 THEN 25 + floor(76 * pg_temp.u(m, 71) ^ 2)::int END AS org) c;
CREATE UNIQUE INDEX ON meeting_gen (m);

INSERT INTO bilateral_meeting (id, created_at, updated_at, forum_id, on_sidelines, held_on, location, summary,
                               status)
SELECT g.m, p.stamp, p.stamp, g.forum_id, g.forum_id IS NOT NULL,
       CASE WHEN f.id IS NOT NULL THEN f.start_date + (pg_temp.h(g.m, 38) % f.duration_days)::int
            ELSE date '2015-01-01' + (pg_temp.h(g.m, 39) % 4018)::int END,
       CASE WHEN f.id IS NOT NULL THEN f.location ELSE ca.name || ' capital' END,
       format('Officials of %s and %s %s%s to discuss %s and %s. %s',
              ca.name, coalesce(cb.name, 'the ' || o.name),
              CASE g.status WHEN 'PLANNED' THEN 'are to meet' WHEN 'CANCELLED' THEN 'were to have met'
                            WHEN 'UNKNOWN' THEN 'were expected to meet' ELSE 'met' END,
              CASE WHEN f.id IS NOT NULL THEN ' on the sidelines of the ' || f.name || ' ' || extract(year FROM f.start_date)
                   ELSE '' END,
              pg_temp.pick(w.topics, g.m, 40), pg_temp.pick(w.topics, g.m, 41),
              pg_temp.pick(w.sentences, g.m, 42)),
       g.status
FROM params p CROSS JOIN words w CROSS JOIN meeting_gen g
JOIN country ca ON ca.id = g.ca
LEFT JOIN country cb ON cb.id = g.cb
LEFT JOIN organization o ON o.id = g.org
LEFT JOIN forum f ON f.id = g.forum_id;

-- Exactly two sides per meeting: side 1 (id 2m-1) is country ca, side 2 (id 2m) country cb or organisation org.
INSERT INTO meeting_side (id, meeting_id, side_no, country_id, organization_id)
SELECT 2 * m - 1, m, 1, ca, NULL FROM meeting_gen
UNION ALL
SELECT 2 * m, m, 2, cb, org FROM meeting_gen;

-- Participants: each side's principal plus 0-2 delegates (alternating sides), ~3 per meeting; an
-- organisation's side has its principal ob if any and no delegates.
INSERT INTO meeting_participant (id, meeting_id, side_id, official_id, position_id)
SELECT row_number() OVER (ORDER BY x.m, x.official_id), x.m, x.side_id, x.official_id, cp.position_id
FROM (SELECT DISTINCT ON (m, official_id) m, side_id, official_id
        FROM (SELECT m, 2 * m - 1 AS side_id, ca + 200 * ka AS official_id, 0 AS j FROM meeting_gen
              UNION ALL
              SELECT m, 2 * m, coalesce(cb + 200 * kb, ob), 0 FROM meeting_gen WHERE cb IS NOT NULL OR ob IS NOT NULL
              UNION ALL
              SELECT g.m,
                     CASE WHEN j % 2 = 1 THEN 2 * g.m - 1 ELSE 2 * g.m END,
                     CASE WHEN j % 2 = 1 THEN g.ca + 200 * ((g.ka + j) % (p.n_off / 200))
                          ELSE g.cb + 200 * ((g.kb + j) % (p.n_off / 200)) END,
                     j
                FROM params p, meeting_gen g, generate_series(1, 2) j
               WHERE j <= g.ndel AND (j % 2 = 1 OR g.cb IS NOT NULL)) y
       ORDER BY m, official_id, j) x
JOIN cur_pos cp ON cp.official_id = x.official_id;

-- Agenda: 1-3 distinct topics per meeting (~40,000).
INSERT INTO meeting_topic (meeting_id, topic_id)
SELECT DISTINCT g.m, 1 + pg_temp.h(g.m * 10 + j, 45) % 40
FROM meeting_gen g, generate_series(1, 3) j
WHERE j <= 1 + pg_temp.h(g.m, 46) % 3;

-- Statements: 60% made at a meeting (by one of its two principals, on that day; to the other side), 40%
-- elsewhere by any official. Only a meeting that was held has statements: a statement whose meeting (drawn
-- from all) was not held takes a second draw, and is made elsewhere if that one was not held either (~59% at a
-- meeting). At a meeting with an organisation whose side names no official, side 1's principal speaks.
-- Every statement has a date.
INSERT INTO statement (id, created_at, updated_at, speaker_id, speaker_position_id, text, kind,
                       addressee_country_id, addressee_organization_id, meeting_id, said_on)
SELECT s.id, p.stamp, p.stamp, s.speaker, cp.position_id, s.text, s.kind, s.addressee, s.addressee_org, s.m,
       s.said_on
FROM params p,
     LATERAL (
       SELECT s AS id, g.m,
              CASE WHEN g.m IS NULL THEN 1 + (pg_temp.h(s, 52) % p.n_off)::int
                   WHEN side1 THEN g.ca + 200 * g.ka
                   ELSE coalesce(g.cb + 200 * g.kb, g.ob) END AS speaker,
              CASE WHEN g.m IS NULL THEN NULL WHEN side1 THEN g.cb ELSE g.ca END AS addressee,
              CASE WHEN side1 THEN g.org END AS addressee_org,
              CASE WHEN pg_temp.h(s, 54) % 3 = 0
                   THEN format(pg_temp.pick(w.quote_tpl, s, 55), pg_temp.pick(w.topics, s, 56))
                   ELSE 'The official said ' || lower(left(pg_temp.pick(w.sentences, s, 57), 1))
                        || substr(pg_temp.pick(w.sentences, s, 57), 2) END AS text,
              CASE WHEN pg_temp.h(s, 54) % 3 = 0 THEN 'QUOTE' ELSE 'PARAPHRASE' END AS kind,
              coalesce(bm.held_on, date '2015-01-01' + (pg_temp.h(s, 59) % 4018)::int) AS said_on
         FROM words w CROSS JOIN generate_series(1, p.n_stmt) s
         LEFT JOIN LATERAL (
                SELECT g.* FROM meeting_gen g
                 WHERE pg_temp.h(s, 50) % 10 < 6 AND g.status = 'HELD'
                   AND g.m IN (1 + (pg_temp.h(s, 60) % p.n_meet)::int, 1 + (pg_temp.h(s, 66) % p.n_meet)::int)
                 ORDER BY g.m <> 1 + (pg_temp.h(s, 60) % p.n_meet)::int LIMIT 1) g ON true
         LEFT JOIN bilateral_meeting bm ON bm.id = g.m
         CROSS JOIN LATERAL (SELECT g.m IS NOT NULL AND (pg_temp.h(s, 51) % 2 = 0 OR g.cb IS NULL AND g.ob IS NULL)
                                    AS side1) sd) s
JOIN cur_pos cp ON cp.official_id = s.speaker;

-- The articles that report a statement: 1 or 2 (~125,000 links).
INSERT INTO statement_article (statement_id, article_id)
SELECT DISTINCT s, 1 + (pg_temp.h(s * 2 + j, 53) % p.n_art)::int
FROM params p, generate_series(1, p.n_stmt) s, generate_series(1, 2) j
WHERE j = 1 OR pg_temp.h(s, 64) % 4 = 0;

-- Topics of a statement: 1 or 2 (~150,000).
INSERT INTO statement_topic (statement_id, topic_id)
SELECT DISTINCT s, 1 + pg_temp.h(s * 2 + j, 56) % 40
FROM params p, generate_series(1, p.n_stmt) s, generate_series(1, 2) j
WHERE j = 1 OR pg_temp.h(s, 65) % 2 = 0;

-- What an article mentions, as an import records it: the speakers of the statements it reports, their
-- countries, the organisations addressed and the statements' topics; and the forums of the meetings where
-- those statements were made.
INSERT INTO article_official (article_id, official_id)
SELECT DISTINCT sa.article_id, s.speaker_id
FROM statement_article sa JOIN statement s ON s.id = sa.statement_id;

INSERT INTO article_organization (article_id, organization_id)
SELECT DISTINCT sa.article_id, s.addressee_organization_id
FROM statement_article sa JOIN statement s ON s.id = sa.statement_id
WHERE s.addressee_organization_id IS NOT NULL;

INSERT INTO article_country (article_id, country_id)
SELECT DISTINCT sa.article_id, o.country_id
FROM statement_article sa JOIN statement s ON s.id = sa.statement_id JOIN official o ON o.id = s.speaker_id
WHERE o.country_id IS NOT NULL;

INSERT INTO article_topic (article_id, topic_id)
SELECT DISTINCT sa.article_id, st.topic_id
FROM statement_article sa JOIN statement_topic st ON st.statement_id = sa.statement_id;

INSERT INTO forum_article (forum_id, article_id)
SELECT DISTINCT bm.forum_id, sa.article_id
FROM statement_article sa JOIN statement s ON s.id = sa.statement_id JOIN bilateral_meeting bm ON bm.id = s.meeting_id
WHERE bm.forum_id IS NOT NULL;

-- Identity sequences continue after the generated ids.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['country','organization','topic','official','official_position','forum',
                           'forum_participant','article','bilateral_meeting','meeting_side',
                           'meeting_participant','statement'] LOOP
    EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, ''id''), (SELECT coalesce(max(id), 0) + 1 FROM %I), false)', t, t);
  END LOOP;
END $$;

-- The scale of this data, for `run.sh --skip-data` to report: in a schema of its own (so that the schema keeps
-- exactly Parley's migrations), one row per generated schema, written with the data or not at all.
CREATE SCHEMA IF NOT EXISTS bench_meta;
CREATE TABLE IF NOT EXISTS bench_meta.generated (schema_name text PRIMARY KEY, scale numeric NOT NULL);
INSERT INTO bench_meta.generated (schema_name, scale) VALUES (:'schema', :scale)
    ON CONFLICT (schema_name) DO UPDATE SET scale = excluded.scale;

COMMIT;

VACUUM (ANALYZE) country, organization, topic, official, official_position, forum, forum_participant,
  article, bilateral_meeting, meeting_side, meeting_participant, meeting_topic, statement,
  statement_article, statement_topic, article_official, article_country, article_organization, article_topic,
  forum_article, meeting_fact, meeting_pair_count, meeting_country_count, group_count;

SELECT 'country' AS tbl, count(*) FROM country UNION ALL
SELECT 'organization', count(*) FROM organization UNION ALL
SELECT 'topic', count(*) FROM topic UNION ALL
SELECT 'official', count(*) FROM official UNION ALL
SELECT 'official_position', count(*) FROM official_position UNION ALL
SELECT 'forum', count(*) FROM forum UNION ALL
SELECT 'forum_participant', count(*) FROM forum_participant UNION ALL
SELECT 'article', count(*) FROM article UNION ALL
SELECT 'bilateral_meeting', count(*) FROM bilateral_meeting UNION ALL
SELECT 'meeting_side', count(*) FROM meeting_side UNION ALL
SELECT 'meeting_participant', count(*) FROM meeting_participant UNION ALL
SELECT 'meeting_topic', count(*) FROM meeting_topic UNION ALL
SELECT 'statement', count(*) FROM statement UNION ALL
SELECT 'statement_article', count(*) FROM statement_article UNION ALL
SELECT 'statement_topic', count(*) FROM statement_topic;;

-- What real data has beside plain pairs of countries (migrations V6, V8, V9).
SELECT what, count(*) FROM (
  SELECT 'bilateral_meeting ' || status AS what FROM bilateral_meeting UNION ALL
  SELECT 'meeting_side with an organisation' FROM meeting_side WHERE organization_id IS NOT NULL UNION ALL
  SELECT 'meeting_side without participants' FROM meeting_side s
   WHERE NOT EXISTS (SELECT 1 FROM meeting_participant p WHERE p.side_id = s.id) UNION ALL
  SELECT 'meeting_fact with a pair of countries' FROM meeting_fact WHERE country_a IS NOT NULL UNION ALL
  SELECT 'forum series' FROM (SELECT DISTINCT name FROM forum) f UNION ALL
  SELECT 'forum with edition_text' FROM forum WHERE edition_text IS NOT NULL UNION ALL
  SELECT 'forum with edition_derived' FROM forum WHERE edition_derived UNION ALL
  SELECT 'forum with start_date_text' FROM forum WHERE start_date_text IS NOT NULL UNION ALL
  SELECT 'forum with attendance_text' FROM forum WHERE attendance_text IS NOT NULL UNION ALL
  SELECT 'forum_participant with delegation_level' FROM forum_participant WHERE delegation_level IS NOT NULL UNION ALL
  SELECT 'statement at a meeting' FROM statement WHERE meeting_id IS NOT NULL UNION ALL
  SELECT 'statement to an organisation' FROM statement WHERE addressee_organization_id IS NOT NULL UNION ALL
  SELECT 'article_organization' FROM article_organization) x
GROUP BY what ORDER BY what;
