-- add_search_words: generated from prisma/schema.prisma by npm run db:new-migration.

-- CreateTable
CREATE TABLE "search_word" (
    "word" TEXT NOT NULL,

    CONSTRAINT "search_word_pkey" PRIMARY KEY ("word")
);


-- ─── Hand-written (see prisma/hand-written-sql.md) ─────────────────────────

-- Nearest-word lookup for typo correction: KNN (`word <-> 'choire'`) and `%` over trigrams.
CREATE INDEX "search_word_trgm_idx" ON "search_word" USING gist ("word" gist_trgm_ops);

-- The words of a text as search sees them: lower case, letters and digits, 3 to 30 characters, not all digits.
CREATE FUNCTION search_words(doc text) RETURNS SETOF text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT DISTINCT w FROM regexp_split_to_table(lower(coalesce(doc, '')), '[^[:alnum:]]+') AS w
   WHERE length(w) BETWEEN 3 AND 30 AND w !~ '^[0-9]+$'
$$;

-- Statement-level triggers (one INSERT per statement, however many rows) add the words of published services
-- and of taxonomy terms. Words are never removed: a word that no longer matches anything only costs a
-- correction that finds nothing, and search says so.
CREATE FUNCTION search_word_collect_services() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_word (word)
  SELECT DISTINCT w FROM new_rows r, LATERAL search_words(r.name || ' ' || r.description) AS w
   WHERE r.listing_status = 'published'
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE FUNCTION search_word_collect_terms() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_word (word)
  SELECT DISTINCT w FROM new_rows r, LATERAL search_words(r.name) AS w
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER service_search_words_insert AFTER INSERT ON service
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_word_collect_services();
CREATE TRIGGER service_search_words_update AFTER UPDATE ON service
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_word_collect_services();
CREATE TRIGGER taxonomy_term_search_words_insert AFTER INSERT ON taxonomy_term
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_word_collect_terms();
CREATE TRIGGER taxonomy_term_search_words_update AFTER UPDATE ON taxonomy_term
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_word_collect_terms();

-- Search reads these columns of every matching service (filters and sort keys): with them in the index it
-- need not visit the wide table rows (descriptions, search vectors).
CREATE INDEX "service_search_cover_idx" ON "service" ("id")
  INCLUDE ("listing_status", "stale_since", "verified_at", "name", "is_free", "minimum_age", "maximum_age", "attending_types", "access_types");

-- Databases seeded before this migration.
INSERT INTO search_word (word)
SELECT DISTINCT w FROM service s, LATERAL search_words(s.name || ' ' || s.description) AS w WHERE s.listing_status = 'published'
UNION
SELECT DISTINCT w FROM taxonomy_term t, LATERAL search_words(t.name) AS w
ON CONFLICT DO NOTHING;
