-- search_words_from_venues_and_places: hand-written only (see prisma/hand-written-sql.md); schema.prisma is unchanged.

-- Spelling correction also knows the names of venues, wards and places ("dewsbry" → "dewsbury"). Venues whose
-- exact address is hidden are left out: their name can identify a home (ADR 0011).
CREATE FUNCTION search_word_collect_locations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_word (word)
  SELECT DISTINCT w FROM new_rows r, LATERAL search_words(coalesce(r.name, '') || ' ' || coalesce(r.city, '')) AS w
   WHERE NOT r.hide_exact_address
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE FUNCTION search_word_collect_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_word (word)
  SELECT DISTINCT w FROM new_rows r, LATERAL search_words(r.name) AS w
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER location_search_words_insert AFTER INSERT ON location
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_word_collect_locations();
CREATE TRIGGER location_search_words_update AFTER UPDATE ON location
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_word_collect_locations();
CREATE TRIGGER ward_search_words_insert AFTER INSERT ON ward
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_word_collect_names();
CREATE TRIGGER ward_search_words_update AFTER UPDATE ON ward
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_word_collect_names();
CREATE TRIGGER place_search_words_insert AFTER INSERT ON place
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_word_collect_names();
CREATE TRIGGER place_search_words_update AFTER UPDATE ON place
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_word_collect_names();

-- Databases seeded before this migration.
INSERT INTO search_word (word)
SELECT DISTINCT w FROM location l, LATERAL search_words(coalesce(l.name, '') || ' ' || coalesce(l.city, '')) AS w WHERE NOT l.hide_exact_address
UNION
SELECT DISTINCT w FROM ward x, LATERAL search_words(x.name) AS w
UNION
SELECT DISTINCT w FROM place p, LATERAL search_words(p.name) AS w
ON CONFLICT DO NOTHING;
