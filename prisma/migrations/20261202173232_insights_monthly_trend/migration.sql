-- insights_monthly_trend: generated from prisma/schema.prisma by npm run db:new-migration.

-- AlterTable
ALTER TABLE "insights_listing" ADD COLUMN     "added_month" DATE,
ADD COLUMN     "provider" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "verified_month" DATE;

-- CreateTable
CREATE TABLE "insights_month_count" (
    "area_code" TEXT NOT NULL,
    "term_id" UUID NOT NULL,
    "month" DATE NOT NULL,
    "imported" INTEGER NOT NULL,
    "in_directory" INTEGER NOT NULL,
    "verified_imported" INTEGER NOT NULL,
    "verified_in_directory" INTEGER NOT NULL,
    "verified" INTEGER NOT NULL,

CONSTRAINT "insights_month_count_pkey" PRIMARY KEY ("area_code","term_id","month")
);

-- Hand-written (prisma/hand-written-sql.md; ADR 0041): the growth trend joins the maintained aggregates. Each
-- listing's contribution now also records its source and the London months it was added and verified; the
-- functions below replace those of the insights_aggregates migration with the month counts added.

CREATE OR REPLACE FUNCTION insights_current(ids uuid[]) RETURNS SETOF insights_listing LANGUAGE sql STABLE AS $$
  SELECT s.id, s.verified_at IS NOT NULL,
         COALESCE(t.terms, '{}'), COALESCE(v.wards, '{}'), COALESCE(v.places, '{}'), COALESCE(v.lats, '{}'), COALESCE(v.lngs, '{}'),
         date_trunc('month', s.created_at AT TIME ZONE 'Europe/London')::date, s.source = 'provider',
         date_trunc('month', s.verified_at AT TIME ZONE 'Europe/London')::date
  FROM service s
  LEFT JOIN LATERAL (
    SELECT array_agg(DISTINCT a.taxonomy_term_id) AS terms FROM attribute a
    JOIN taxonomy_term tt ON tt.id = a.taxonomy_term_id JOIN taxonomy x ON x.id = tt.taxonomy_id AND x.slug = 'category'
    WHERE a.service_id = s.id) t ON true
  LEFT JOIN LATERAL (
    SELECT array_agg(DISTINCT l.ward_code) FILTER (WHERE l.ward_code IS NOT NULL) AS wards,
           array_agg(DISTINCT l.place_code) FILTER (WHERE l.place_code IS NOT NULL) AS places,
           array_agg(l.lat ORDER BY l.id) FILTER (WHERE l.lat IS NOT NULL AND l.lng IS NOT NULL) AS lats,
           array_agg(l.lng ORDER BY l.id) FILTER (WHERE l.lat IS NOT NULL AND l.lng IS NOT NULL) AS lngs
    FROM service_at_location sal JOIN location l ON l.id = sal.location_id WHERE sal.service_id = s.id) v ON true
  WHERE s.listing_status = 'published' AND ($1 IS NULL OR s.id = ANY ($1))
$$;

-- The month counts a contribution adds to: anywhere ('') and each place with a venue of it, per category and
-- for every listing (the nil UUID); one row for the month added and one for the month verified.
CREATE FUNCTION insights_month_keys(places text[], terms uuid[], added date, by_provider boolean, is_verified boolean,
                                    verified_in date)
RETURNS TABLE (area_code text, term_id uuid, month date, imported int, in_directory int, verified_imported int,
               verified_in_directory int, verified int) LANGUAGE sql IMMUTABLE AS $$
  SELECT a, t, m.month, m.imported, m.in_directory, m.verified_imported, m.verified_in_directory, m.verified
  FROM unnest(ARRAY[''] || places) a
  CROSS JOIN unnest(terms || '00000000-0000-0000-0000-000000000000'::uuid) t
  CROSS JOIN (VALUES
    (added, (NOT by_provider)::int, by_provider::int, (is_verified AND NOT by_provider)::int,
     (is_verified AND by_provider)::int, 0),
    (verified_in, 0, 0, 0, 0, 1)) m (month, imported, in_directory, verified_imported, verified_in_directory, verified)
  WHERE m.month IS NOT NULL
$$;

CREATE OR REPLACE FUNCTION insights_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM insights_dirty;
  DELETE FROM insights_listing;
  DELETE FROM insights_area_count;
  DELETE FROM insights_lsoa_nearest;
  DELETE FROM insights_month_count;
  INSERT INTO insights_listing SELECT * FROM insights_current(NULL);
  INSERT INTO insights_area_count
  SELECT k.area_code, k.term_id, count(*), count(*) FILTER (WHERE i.verified)
  FROM insights_listing i CROSS JOIN LATERAL insights_keys(i.ward_codes, i.place_codes, i.term_ids) k
  GROUP BY 1, 2;
  INSERT INTO insights_month_count
  SELECT k.area_code, k.term_id, k.month, sum(k.imported), sum(k.in_directory), sum(k.verified_imported),
         sum(k.verified_in_directory), sum(k.verified)
  FROM insights_listing i
  CROSS JOIN LATERAL insights_month_keys(i.place_codes, i.term_ids, i.added_month, i.provider, i.verified, i.verified_month) k
  GROUP BY 1, 2, 3;
  INSERT INTO insights_lsoa_nearest
  WITH point_term AS (
    SELECT p.lat, p.lng, t.term_id, bool_or(i.verified) AS verified
    FROM insights_listing i CROSS JOIN LATERAL unnest(i.lats, i.lngs) AS p (lat, lng)
    CROSS JOIN LATERAL unnest(i.term_ids || '00000000-0000-0000-0000-000000000000'::uuid) AS t (term_id)
    GROUP BY 1, 2, 3),
  pts AS (SELECT array_agg(lat) AS lats, array_agg(lng) AS lngs FROM (SELECT DISTINCT lat, lng FROM point_term) d)
  SELECT r.lsoa_code, pt.term_id, min(r.metres), min(r.metres) FILTER (WHERE pt.verified)
  FROM pts CROSS JOIN LATERAL insights_reach(pts.lats, pts.lngs) r
  JOIN point_term pt ON pt.lat = r.lat AND pt.lng = r.lng
  WHERE r.metres <= 2000
  GROUP BY 1, 2;
END $$;

CREATE OR REPLACE FUNCTION insights_apply(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  CREATE TEMP TABLE IF NOT EXISTS insights_old (LIKE insights_listing) ON COMMIT DROP;
  DELETE FROM insights_old;
  WITH gone AS (DELETE FROM insights_listing WHERE service_id = ANY (ids) RETURNING *)
  INSERT INTO insights_old SELECT * FROM gone;
  INSERT INTO insights_listing SELECT * FROM insights_current(ids);

  INSERT INTO insights_area_count AS c
  SELECT k.area_code, k.term_id, sum(d.sign), COALESCE(sum(d.sign) FILTER (WHERE d.verified), 0)
  FROM (SELECT -1 AS sign, o.* FROM insights_old o
        UNION ALL SELECT 1, n.* FROM insights_listing n WHERE n.service_id = ANY (ids)) d
  CROSS JOIN LATERAL insights_keys(d.ward_codes, d.place_codes, d.term_ids) k
  GROUP BY 1, 2
  ON CONFLICT (area_code, term_id) DO UPDATE
    SET listings = c.listings + EXCLUDED.listings, verified_listings = c.verified_listings + EXCLUDED.verified_listings;

  INSERT INTO insights_month_count AS c
  SELECT k.area_code, k.term_id, k.month, sum(d.sign * k.imported), sum(d.sign * k.in_directory),
         sum(d.sign * k.verified_imported), sum(d.sign * k.verified_in_directory), sum(d.sign * k.verified)
  FROM (SELECT -1 AS sign, o.* FROM insights_old o
        UNION ALL SELECT 1, n.* FROM insights_listing n WHERE n.service_id = ANY (ids)) d
  CROSS JOIN LATERAL insights_month_keys(d.place_codes, d.term_ids, d.added_month, d.provider, d.verified, d.verified_month) k
  GROUP BY 1, 2, 3
  ON CONFLICT (area_code, term_id, month) DO UPDATE
    SET imported = c.imported + EXCLUDED.imported, in_directory = c.in_directory + EXCLUDED.in_directory,
        verified_imported = c.verified_imported + EXCLUDED.verified_imported,
        verified_in_directory = c.verified_in_directory + EXCLUDED.verified_in_directory,
        verified = c.verified + EXCLUDED.verified;

  -- An old venue can only have been the nearest where it is at the recorded distance; those are recomputed.
  WITH stale AS (
    SELECT DISTINCT n.lsoa_code, n.term_id
    FROM insights_old o CROSS JOIN LATERAL insights_reach(o.lats, o.lngs) r
    JOIN insights_lsoa_nearest n ON n.lsoa_code = r.lsoa_code
     AND n.term_id = ANY (o.term_ids || '00000000-0000-0000-0000-000000000000'::uuid)
    WHERE r.metres <= n.metres + 1e-6 OR r.metres <= n.verified_metres + 1e-6),
  fresh AS (
    SELECT s.lsoa_code, s.term_id, f.metres, f.verified_metres
    FROM stale s JOIN lsoa z ON z.code = s.lsoa_code
    CROSS JOIN LATERAL (
      SELECT min(m.metres) FILTER (WHERE m.metres <= 2000) AS metres,
             min(m.metres) FILTER (WHERE m.metres <= 2000 AND i.verified) AS verified_metres
      FROM location l
      JOIN service_at_location sal ON sal.location_id = l.id
      JOIN insights_listing i ON i.service_id = sal.service_id
      CROSS JOIN LATERAL (SELECT (point(l.lng, l.lat) <@> point(z.lng, z.lat)) * 1609.344 AS metres) m
      WHERE earth_box(ll_to_earth(z.lat, z.lng), 2100) @> ll_to_earth(l.lat, l.lng)
        AND (s.term_id = '00000000-0000-0000-0000-000000000000' OR s.term_id = ANY (i.term_ids))) f),
  gone AS (DELETE FROM insights_lsoa_nearest n USING fresh f
           WHERE n.lsoa_code = f.lsoa_code AND n.term_id = f.term_id AND f.metres IS NULL)
  UPDATE insights_lsoa_nearest n SET metres = f.metres, verified_metres = f.verified_metres
  FROM fresh f WHERE n.lsoa_code = f.lsoa_code AND n.term_id = f.term_id AND f.metres IS NOT NULL;

  -- A new venue can only bring the nearest closer.
  INSERT INTO insights_lsoa_nearest AS n
  SELECT r.lsoa_code, t.term_id, min(r.metres), min(r.metres) FILTER (WHERE i.verified)
  FROM insights_listing i CROSS JOIN LATERAL insights_reach(i.lats, i.lngs) r
  CROSS JOIN LATERAL unnest(i.term_ids || '00000000-0000-0000-0000-000000000000'::uuid) AS t (term_id)
  WHERE i.service_id = ANY (ids) AND r.metres <= 2000
  GROUP BY 1, 2
  ON CONFLICT (lsoa_code, term_id) DO UPDATE
    SET metres = least(n.metres, EXCLUDED.metres), verified_metres = least(n.verified_metres, EXCLUDED.verified_metres);
END $$;

-- The trend also moves when a listing's source or creation date changes (an import merged into it, a fix).
DROP TRIGGER service_insights_update ON service;
CREATE TRIGGER service_insights_update AFTER UPDATE ON service FOR EACH ROW
  WHEN (OLD.listing_status IS DISTINCT FROM NEW.listing_status OR OLD.verified_at IS DISTINCT FROM NEW.verified_at
        OR OLD.source IS DISTINCT FROM NEW.source OR OLD.created_at IS DISTINCT FROM NEW.created_at)
  EXECUTE FUNCTION insights_mark();

SELECT insights_rebuild();
