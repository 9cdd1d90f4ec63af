-- Hand-written (see prisma/hand-written-sql.md and docs/decisions/0018-search-index.md).
-- A rebuild writes the rows in the order of where they are: bands of 0.05° of latitude (about 5.5 km), west to
-- east within a band, rows without a point last. A radius or map-area search then reads a few runs of
-- neighbouring pages instead of rows scattered over the whole table (at 100,000 services a 5 km search read
-- 8,711 pages in random order, 2,911 in this order). Rows the triggers add between rebuilds go to the end;
-- `npm run db:reindex` restores the order.
CREATE OR REPLACE FUNCTION search_entry_reindex() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
  DELETE FROM search_entry;
  DELETE FROM search_entry_queue;
  INSERT INTO search_entry
  SELECT r.* FROM service s CROSS JOIN LATERAL search_entry_rows_of(s.id) r WHERE s.listing_status = 'published'
   ORDER BY floor(r.lat * 20) NULLS LAST, r.lng, r.service_id, r.slot;
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END $$;
