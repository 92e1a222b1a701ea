-- Search: full-text documents kept by the database itself (generated columns), and name keys that let a
-- name match however a user writes or romanises it ("Baek Seung joo", "baek seungjoo", "Baek Seung-joo").
-- Statements and articles are prose: English stemming. Names are not: the 'simple' configuration keeps
-- them as written, and a trigram index on their normalised key matches them approximately.

-- pg_trgm may already be installed in this database by another schema of it; then this is a no-op. Its
-- functions and operator classes live in public, which is on every connection's search_path.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

-- A name reduced to what survives a change of romanisation habits: lower case, without spaces, hyphens,
-- dots or other punctuation.
CREATE FUNCTION name_key(name text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN lower(regexp_replace(name, '[[:space:][:punct:]]+', '', 'g'));

-- The keys of a name and its other names, one word each, so that a trigram match finds the closest of them.
-- Immutable in fact (array_to_string over text is stable only because of other element types).
CREATE FUNCTION name_keys(name text, other_names text[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN array_to_string(ARRAY(SELECT name_key(n) FROM unnest(name || other_names) AS n), ' ');

-- The words of a name and its other names, for the 'simple' full-text configuration.
CREATE FUNCTION names_text(name text, other_names text[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN array_to_string(name || other_names, ' ');

ALTER TABLE article ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', headline), 'A') || setweight(to_tsvector('english', body), 'B')) STORED;
CREATE INDEX article_search_idx ON article USING gin (search);

ALTER TABLE statement ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED;
CREATE INDEX statement_search_idx ON statement USING gin (search);

ALTER TABLE official
    ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('simple', names_text(name, other_names))) STORED,
    ADD COLUMN name_keys text GENERATED ALWAYS AS (name_keys(name, other_names)) STORED;
CREATE INDEX official_search_idx ON official USING gin (search);
CREATE INDEX official_name_keys_idx ON official USING gin (name_keys public.gin_trgm_ops);

ALTER TABLE organization
    ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', name), 'A') || setweight(to_tsvector('simple', coalesce(short_name, '')), 'A')) STORED,
    ADD COLUMN name_keys text GENERATED ALWAYS AS (name_keys(name, ARRAY[short_name])) STORED;
CREATE INDEX organization_search_idx ON organization USING gin (search);
CREATE INDEX organization_name_keys_idx ON organization USING gin (name_keys public.gin_trgm_ops);

ALTER TABLE forum
    ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', name), 'A') || setweight(to_tsvector('english', coalesce(description, '')), 'B')
        || setweight(to_tsvector('english', coalesce(location, '')), 'C')) STORED,
    ADD COLUMN name_keys text GENERATED ALWAYS AS (name_key(name)) STORED;
CREATE INDEX forum_search_idx ON forum USING gin (search);
CREATE INDEX forum_name_keys_idx ON forum USING gin (name_keys public.gin_trgm_ops);

ALTER TABLE topic
    ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', name), 'A') || setweight(to_tsvector('english', coalesce(description, '')), 'B')) STORED,
    ADD COLUMN name_keys text GENERATED ALWAYS AS (name_key(name)) STORED;
CREATE INDEX topic_search_idx ON topic USING gin (search);
CREATE INDEX topic_name_keys_idx ON topic USING gin (name_keys public.gin_trgm_ops);

