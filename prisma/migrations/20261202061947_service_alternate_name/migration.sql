-- service_alternate_name: generated from prisma/schema.prisma by npm run db:new-migration.

-- AlterTable
ALTER TABLE "service" ADD COLUMN     "alternate_name" TEXT,
ADD COLUMN     "other_sources" TEXT[] DEFAULT ARRAY[]::TEXT[];


-- ─── Hand-written (see prisma/hand-written-sql.md) ─────────────────────────

-- Full-text search over the name and the alternative names (weight A) and the description (weight B): a search
-- for a venue's old name ("Leeds City Art Gallery") finds it under its current one. Replaces the init
-- migration's column; the GIN index goes with the column and is made again.
ALTER TABLE "service" DROP COLUMN "search_vector";
ALTER TABLE "service" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, coalesce("name", '') || ' ' || coalesce("alternate_name", '')), 'A') ||
  setweight(to_tsvector('english'::regconfig, coalesce("description", '')), 'B')
) STORED;
CREATE INDEX "service_search_vector_idx" ON "service" USING gin ("search_vector");

-- Spelling correction learns the words of alternative names too (the triggers of add_search_words call this).
CREATE OR REPLACE FUNCTION search_word_collect_services() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_word (word)
  SELECT DISTINCT w FROM new_rows r, LATERAL search_words(r.name || ' ' || coalesce(r.alternate_name, '') || ' ' || r.description) AS w
   WHERE r.listing_status = 'published'
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
