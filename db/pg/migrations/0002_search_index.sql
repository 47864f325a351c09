-- Full-text search over articles, claims, notes and sources: the PostgreSQL form of SQLite's FTS5 tables
-- (db/migrations/0007_search_index.sql). As there, the text lives once, in its own table: each table's
-- document is an IMMUTABLE function of its columns with a GIN index on that expression, so the index is
-- kept by PostgreSQL itself in the writer's transaction (no triggers, no copy of the text), and a query
-- matches with the same call, `articles_search(title, body) @@ query`, which the planner answers from
-- the index. The text search configuration mirrors FTS5's `porter unicode61 remove_diacritics 2`:
-- English stemming ("deaths" finds "death"), accents removed, and no stop words (FTS5 drops none).
-- The weights mirror the bm25 column weights: an article's title over its body, a claim's counted
-- thing over its quote. Names are schema-qualified so index expressions resolve under any search_path
-- (pg_dump restores with an empty one).
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
--> statement-breakpoint
CREATE TEXT SEARCH DICTIONARY public.tally_stem (TEMPLATE = snowball, LANGUAGE = english);
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION public.tally (COPY = pg_catalog.english);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION public.tally
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
  WITH public.unaccent, public.tally_stem;
--> statement-breakpoint
CREATE FUNCTION public.articles_search(title text, body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('public.tally'::regconfig, coalesce(title, '')), 'A')
      || setweight(to_tsvector('public.tally'::regconfig, coalesce(body, '')), 'D')
$$;
--> statement-breakpoint
CREATE INDEX articles_search ON articles USING gin (public.articles_search(title, body));
--> statement-breakpoint
CREATE FUNCTION public.claims_search(quote text, counted text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('public.tally'::regconfig, coalesce(quote, '')), 'D')
      || setweight(to_tsvector('public.tally'::regconfig, coalesce(counted, '')), 'B')
$$;
--> statement-breakpoint
CREATE INDEX claims_search ON claims USING gin (public.claims_search(quote, counted));
--> statement-breakpoint
CREATE FUNCTION public.notes_search(plain_text text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT to_tsvector('public.tally'::regconfig, coalesce(plain_text, ''))
$$;
--> statement-breakpoint
CREATE INDEX notes_search ON notes USING gin (public.notes_search(plain_text));
--> statement-breakpoint
CREATE FUNCTION public.sources_search(title text, publisher text, url text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT to_tsvector('public.tally'::regconfig,
    coalesce(title, '') || ' ' || coalesce(publisher, '') || ' ' || coalesce(url, ''))
$$;
--> statement-breakpoint
CREATE INDEX sources_search ON sources USING gin (public.sources_search(title, publisher, url));
