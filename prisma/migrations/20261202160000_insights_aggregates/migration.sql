-- insights_aggregates: generated from prisma/schema.prisma by npm run db:new-migration.

-- CreateTable
CREATE TABLE "insights_listing" (
    "service_id" UUID NOT NULL,
    "verified" BOOLEAN NOT NULL,
    "term_ids" UUID[],
    "ward_codes" TEXT[],
    "place_codes" TEXT[],
    "lats" DOUBLE PRECISION[],
    "lngs" DOUBLE PRECISION[],

CONSTRAINT "insights_listing_pkey" PRIMARY KEY ("service_id")
);

-- CreateTable
CREATE TABLE "insights_area_count" (
    "area_code" TEXT NOT NULL,
    "term_id" UUID NOT NULL,
    "listings" INTEGER NOT NULL,
    "verified_listings" INTEGER NOT NULL,

CONSTRAINT "insights_area_count_pkey" PRIMARY KEY ("area_code","term_id")
);

-- CreateTable
CREATE TABLE "insights_lsoa_nearest" (
    "lsoa_code" TEXT NOT NULL,
    "term_id" UUID NOT NULL,
    "metres" DOUBLE PRECISION,
    "verified_metres" DOUBLE PRECISION,

CONSTRAINT "insights_lsoa_nearest_pkey" PRIMARY KEY ("lsoa_code","term_id")
);

-- CreateTable
CREATE TABLE "insights_dirty" (
    "service_id" UUID NOT NULL,

CONSTRAINT "insights_dirty_pkey" PRIMARY KEY ("service_id")
);

-- Hand-written (prisma/hand-written-sql.md; ADR 0041): the functions and triggers that keep the aggregates in
-- step with listings in the same transaction. Triggers on the base tables note which listings changed in
-- insights_dirty; a deferred constraint trigger recounts just those at commit, from their old contribution
-- (insights_listing) and their new one. The nil UUID stands for "every listing, any category or none".

-- The contribution of published listings (all of them when ids is NULL), as the coverage queries count them.
CREATE FUNCTION insights_current(ids uuid[]) RETURNS SETOF insights_listing LANGUAGE sql STABLE AS $$
  SELECT s.id, s.verified_at IS NOT NULL,
         COALESCE(t.terms, '{}'), COALESCE(v.wards, '{}'), COALESCE(v.places, '{}'), COALESCE(v.lats, '{}'), COALESCE(v.lngs, '{}')
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

-- The (area, term) counts a contribution adds to. E47000003 is West Yorkshire (src/lib/places.ts).
CREATE FUNCTION insights_keys(wards text[], places text[], terms uuid[])
RETURNS TABLE (area_code text, term_id uuid) LANGUAGE sql IMMUTABLE AS $$
  SELECT a, t
  FROM unnest(wards || places || CASE WHEN cardinality(places) > 0 THEN ARRAY['E47000003'] ELSE '{}'::text[] END) a
  CROSS JOIN unnest(terms || '00000000-0000-0000-0000-000000000000'::uuid) t
$$;

-- Metres from every LSOA centroid within reach of the points to each point, as coverage-sql.ts measures it.
CREATE FUNCTION insights_reach(lats float8[], lngs float8[])
RETURNS TABLE (lsoa_code text, lat float8, lng float8, metres float8) LANGUAGE sql STABLE AS $$
  SELECT z.code, p.lat, p.lng, (point(p.lng, p.lat) <@> point(z.lng, z.lat)) * 1609.344
  FROM (SELECT DISTINCT lat, lng FROM unnest(lats, lngs) AS q (lat, lng)) p
  JOIN lsoa z ON earth_box(ll_to_earth(p.lat, p.lng), 2100) @> ll_to_earth(z.lat, z.lng)
  WHERE z.lat IS NOT NULL AND z.lng IS NOT NULL
$$;

-- From scratch: used by the seed, bulk loads and npm run db:reindex.
CREATE FUNCTION insights_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM insights_dirty;
  DELETE FROM insights_listing;
  DELETE FROM insights_area_count;
  DELETE FROM insights_lsoa_nearest;
  INSERT INTO insights_listing SELECT * FROM insights_current(NULL);
  INSERT INTO insights_area_count
  SELECT k.area_code, k.term_id, count(*), count(*) FILTER (WHERE i.verified)
  FROM insights_listing i CROSS JOIN LATERAL insights_keys(i.ward_codes, i.place_codes, i.term_ids) k
  GROUP BY 1, 2;
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

-- Recount the listings ids: counts by difference, nearest distances only where they can have changed.
CREATE FUNCTION insights_apply(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
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

-- At commit: everything the transaction marked, once (later events of the same commit find the queue empty).
-- A bulk load recounts from scratch, which is cheaper than thousands of small recounts.
CREATE FUNCTION insights_flush() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  WITH taken AS (DELETE FROM insights_dirty RETURNING service_id) SELECT array_agg(service_id) INTO ids FROM taken;
  IF ids IS NULL THEN RETURN NULL; END IF;
  IF cardinality(ids) > 2000 THEN PERFORM insights_rebuild(); ELSE PERFORM insights_apply(ids); END IF;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER insights_dirty_flush AFTER INSERT ON insights_dirty
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION insights_flush();

-- A bulk loader may SET insights.paused = 'on' for its session and call insights_rebuild() when done.
CREATE FUNCTION insights_mark() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('insights.paused', true) = 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_TABLE_NAME = 'location' THEN
    INSERT INTO insights_dirty SELECT sal.service_id FROM service_at_location sal WHERE sal.location_id = NEW.id
    ON CONFLICT DO NOTHING;
  ELSIF TG_TABLE_NAME = 'service' THEN
    IF TG_OP = 'DELETE' THEN
      INSERT INTO insights_dirty VALUES (OLD.id) ON CONFLICT DO NOTHING;
    ELSE
      INSERT INTO insights_dirty VALUES (NEW.id) ON CONFLICT DO NOTHING;
    END IF;
  ELSE
    -- attribute (whose service_id is NULL for a venue's or organisation's attribute) or service_at_location.
    IF TG_OP <> 'DELETE' AND NEW.service_id IS NOT NULL THEN
      INSERT INTO insights_dirty VALUES (NEW.service_id) ON CONFLICT DO NOTHING;
    END IF;
    IF TG_OP <> 'INSERT' AND OLD.service_id IS NOT NULL THEN
      INSERT INTO insights_dirty VALUES (OLD.service_id) ON CONFLICT DO NOTHING;
    END IF;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER service_insights_insert AFTER INSERT ON service
  FOR EACH ROW WHEN (NEW.listing_status = 'published') EXECUTE FUNCTION insights_mark();
CREATE TRIGGER service_insights_update AFTER UPDATE ON service FOR EACH ROW
  WHEN (OLD.listing_status IS DISTINCT FROM NEW.listing_status OR OLD.verified_at IS DISTINCT FROM NEW.verified_at)
  EXECUTE FUNCTION insights_mark();
CREATE TRIGGER service_insights_delete AFTER DELETE ON service FOR EACH ROW EXECUTE FUNCTION insights_mark();
CREATE TRIGGER attribute_insights AFTER INSERT OR UPDATE OR DELETE ON attribute FOR EACH ROW EXECUTE FUNCTION insights_mark();
CREATE TRIGGER service_at_location_insights AFTER INSERT OR UPDATE OR DELETE ON service_at_location
  FOR EACH ROW EXECUTE FUNCTION insights_mark();
CREATE TRIGGER location_insights AFTER UPDATE ON location FOR EACH ROW
  WHEN (OLD.lat IS DISTINCT FROM NEW.lat OR OLD.lng IS DISTINCT FROM NEW.lng
        OR OLD.ward_code IS DISTINCT FROM NEW.ward_code OR OLD.place_code IS DISTINCT FROM NEW.place_code)
  EXECUTE FUNCTION insights_mark();

-- Databases seeded before this migration.
SELECT insights_rebuild();
