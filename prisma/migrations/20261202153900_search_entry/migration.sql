-- search_entry: generated from prisma/schema.prisma by npm run db:new-migration.

-- CreateTable
CREATE TABLE "search_entry" (
    "service_id" UUID NOT NULL,
    "slot" INTEGER NOT NULL,
    "location_id" UUID,
    "lat" DOUBLE PRECISION,
    "lng" DOUBLE PRECISION,
    "pt" point,
    "place_code" VARCHAR(9),
    "ward_code" VARCHAR(9),
    "name" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "rank_vector" tsvector,
    "words" tsvector,
    "category_ids" UUID[],
    "audience_ids" UUID[],
    "need_ids" UUID[],
    "accessibility_ids" UUID[],
    "term_ids" UUID[],
    "taxonomy_ids" UUID[],
    "attending_types" "attending_type"[],
    "access_types" "access_type"[],
    "is_free" BOOLEAN,
    "has_fees" BOOLEAN NOT NULL,
    "verified" BOOLEAN NOT NULL,
    "stale" BOOLEAN NOT NULL,
    "minimum_age" INTEGER,
    "maximum_age" INTEGER,
    "cost_state" "fact_state",
    "schedule_state" "fact_state",
    "accessibility_state" "fact_state",
    "access_state" "fact_state",
    "session_days" TEXT[],
    "session_starts" DATE[],
    "session_valid_to" DATE[],
    "session_opens" INTEGER[],
    "session_closes" INTEGER[],
    "venue_count" INTEGER NOT NULL,

CONSTRAINT "search_entry_pkey" PRIMARY KEY ("service_id","slot")
);

-- CreateTable
CREATE TABLE "search_entry_queue" (
    "service_id" UUID NOT NULL,

CONSTRAINT "search_entry_queue_pkey" PRIMARY KEY ("service_id")
);

-- Hand-written (see prisma/hand-written-sql.md and docs/decisions/0018-search-index.md).

-- What the filters ask of a row, answered by an index each.
CREATE INDEX "search_entry_pt_idx" ON "search_entry" USING gist ("pt");
CREATE INDEX "search_entry_place_idx" ON "search_entry" ("place_code");
CREATE INDEX "search_entry_ward_idx" ON "search_entry" ("ward_code");
CREATE INDEX "search_entry_words_idx" ON "search_entry" USING gin ("words");
CREATE INDEX "search_entry_category_idx" ON "search_entry" USING gin ("category_ids");
CREATE INDEX "search_entry_audience_idx" ON "search_entry" USING gin ("audience_ids");
CREATE INDEX "search_entry_need_idx" ON "search_entry" USING gin ("need_ids");
CREATE INDEX "search_entry_accessibility_idx" ON "search_entry" USING gin ("accessibility_ids");
CREATE INDEX "search_entry_term_idx" ON "search_entry" USING gin ("term_ids");

-- One published service's rows, from the base tables. The venues are those where the activity happens (the
-- `hostsActivity` rule of src/server/search/search-filters-sql.ts); with none, one row without a venue.
CREATE FUNCTION search_entry_rows_of(sid uuid) RETURNS SETOF search_entry LANGUAGE sql STABLE AS $$
  SELECT s.id, v.slot, v.location_id, v.lat, v.lng,
         CASE WHEN v.lat IS NOT NULL AND v.lng IS NOT NULL THEN point(v.lng, v.lat) END,
         v.place_code, v.ward_code, s.name, s.updated_at,
         s.search_vector, s.search_vector || coalesce(t.names, ''::tsvector),
         coalesce(t.category_ids, '{}'), coalesce(t.audience_ids, '{}'), coalesce(t.need_ids, '{}'),
         coalesce(t.accessibility_ids, '{}'), coalesce(t.term_ids, '{}'), coalesce(t.taxonomy_ids, '{}'),
         s.attending_types, s.access_types, s.is_free, s.fees IS NOT NULL,
         s.verified_at IS NOT NULL, s.stale_since IS NOT NULL, s.minimum_age, s.maximum_age,
         (SELECT f.state FROM service_fact f WHERE f.service_id = s.id AND f.fact = 'cost'),
         (SELECT f.state FROM service_fact f WHERE f.service_id = s.id AND f.fact = 'schedule'),
         (SELECT f.state FROM service_fact f WHERE f.service_id = s.id AND f.fact = 'accessibility'),
         (SELECT f.state FROM service_fact f WHERE f.service_id = s.id AND f.fact = 'access'),
         coalesce(sc.days, '{}'), coalesce(sc.starts, '{}'), coalesce(sc.valid_to, '{}'),
         coalesce(sc.opens, '{}'), coalesce(sc.closes, '{}'),
         (SELECT count(*) FROM service_at_location c WHERE c.service_id = s.id)::int
    FROM service s
    CROSS JOIN LATERAL (
      SELECT to_tsvector('english', string_agg(DISTINCT tt.name, ' ')) AS names,
             array_agg(DISTINCT tt.id ORDER BY tt.id) FILTER (WHERE a.own AND tx.slug = 'category') AS category_ids,
             array_agg(DISTINCT tt.id ORDER BY tt.id) FILTER (WHERE a.own AND tx.slug = 'audience') AS audience_ids,
             array_agg(DISTINCT tt.id ORDER BY tt.id) FILTER (WHERE a.own AND tx.slug = 'need') AS need_ids,
             array_agg(DISTINCT tt.id ORDER BY tt.id) FILTER (WHERE tx.slug = 'accessibility') AS accessibility_ids,
             array_agg(DISTINCT tt.id ORDER BY tt.id) AS term_ids,
             array_agg(DISTINCT tt.taxonomy_id ORDER BY tt.taxonomy_id) AS taxonomy_ids
        FROM (SELECT a0.taxonomy_term_id, true AS own FROM attribute a0 WHERE a0.service_id = s.id
              UNION ALL
              SELECT a1.taxonomy_term_id, false FROM service_at_location x JOIN attribute a1 ON a1.location_id = x.location_id
               WHERE x.service_id = s.id) a
        JOIN taxonomy_term tt ON tt.id = a.taxonomy_term_id JOIN taxonomy tx ON tx.id = tt.taxonomy_id) t
    CROSS JOIN LATERAL (
      SELECT array_agg(d.by_day::text ORDER BY d.id) AS days, array_agg(d.dtstart ORDER BY d.id) AS starts,
             array_agg(d.valid_to ORDER BY d.id) AS valid_to, array_agg(d.opens_at ORDER BY d.id) AS opens,
             array_agg(d.closes_at ORDER BY d.id) AS closes
        FROM schedule d WHERE d.service_id = s.id) sc
    CROSS JOIN LATERAL (
      SELECT (row_number() OVER (ORDER BY h.lat IS NULL, h.location_id) - 1)::int AS slot, h.*
        FROM (SELECT l.id AS location_id,
                     CASE WHEN l.hide_exact_address THEN floor(l.lat * 100 + 0.5) / 100 ELSE l.lat END AS lat,
                     CASE WHEN l.hide_exact_address THEN floor(l.lng * 100 + 0.5) / 100 ELSE l.lng END AS lng,
                     l.place_code, l.ward_code
                FROM service_at_location sal JOIN location l ON l.id = sal.location_id
               WHERE sal.service_id = s.id
                 AND (EXISTS (SELECT 1 FROM schedule q WHERE q.service_at_location_id = sal.id)
                      OR NOT EXISTS (SELECT 1 FROM schedule q WHERE q.service_id = sal.service_id AND q.service_at_location_id IS NOT NULL))) h
      UNION ALL
      SELECT 0, NULL::uuid, NULL::float8, NULL::float8, NULL::varchar, NULL::varchar
       WHERE NOT EXISTS (SELECT 1 FROM service_at_location sal WHERE sal.service_id = s.id
                 AND (EXISTS (SELECT 1 FROM schedule q WHERE q.service_at_location_id = sal.id)
                      OR NOT EXISTS (SELECT 1 FROM schedule q WHERE q.service_id = sal.service_id AND q.service_at_location_id IS NOT NULL)))) v
   WHERE s.id = sid AND s.listing_status = 'published'
$$;

CREATE FUNCTION search_entry_rebuild(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM search_entry WHERE service_id = ANY(ids);
  INSERT INTO search_entry SELECT r.* FROM unnest(ids) AS i(id) CROSS JOIN LATERAL search_entry_rows_of(i.id) r;
$$;

-- Everything from scratch (`npm run db:reindex`, the benchmark after a bulk load).
CREATE FUNCTION search_entry_reindex() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
  DELETE FROM search_entry;
  DELETE FROM search_entry_queue;
  INSERT INTO search_entry SELECT r.* FROM service s CROSS JOIN LATERAL search_entry_rows_of(s.id) r WHERE s.listing_status = 'published';
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END $$;

-- Changes queue the services they touch (statement triggers: one insert per statement, not per row); a bulk
-- load may set search_entry.paused = 'on' for its session and reindex after.
CREATE FUNCTION search_entry_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('search_entry.paused', true) = 'on' THEN RETURN NULL; END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO search_entry_queue (service_id)
    SELECT DISTINCT id FROM search_entry_touched(TG_TABLE_NAME, (SELECT coalesce(array_agg(to_jsonb(n)), '{}') FROM new_rows n)) AS t(id)
     WHERE id IS NOT NULL ON CONFLICT DO NOTHING;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    INSERT INTO search_entry_queue (service_id)
    SELECT DISTINCT id FROM search_entry_touched(TG_TABLE_NAME, (SELECT coalesce(array_agg(to_jsonb(o)), '{}') FROM old_rows o)) AS t(id)
     WHERE id IS NOT NULL ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;

-- The services a changed row of `tbl` concerns.
CREATE FUNCTION search_entry_touched(tbl text, changed jsonb[]) RETURNS SETOF uuid LANGUAGE sql STABLE AS $$
  SELECT (r ->> 'id')::uuid FROM unnest(changed) r WHERE tbl = 'service'
  UNION ALL SELECT (r ->> 'service_id')::uuid FROM unnest(changed) r
   WHERE tbl IN ('service_at_location', 'schedule', 'attribute', 'service_fact')
  UNION ALL SELECT x.service_id FROM unnest(changed) r JOIN service_at_location x ON x.location_id = (r ->> 'location_id')::uuid
   WHERE tbl = 'attribute' AND r ->> 'location_id' IS NOT NULL
  UNION ALL SELECT x.service_id FROM unnest(changed) r JOIN service_at_location x ON x.location_id = (r ->> 'id')::uuid
   WHERE tbl = 'location'
  UNION ALL SELECT a.service_id FROM unnest(changed) r JOIN attribute a ON a.taxonomy_term_id = (r ->> 'id')::uuid
   WHERE tbl = 'taxonomy_term' AND a.service_id IS NOT NULL
  UNION ALL SELECT x.service_id FROM unnest(changed) r JOIN attribute a ON a.taxonomy_term_id = (r ->> 'id')::uuid
    JOIN service_at_location x ON x.location_id = a.location_id
   WHERE tbl = 'taxonomy_term'
$$;

-- At commit, once per transaction in effect: the first firing rebuilds every queued service, the others find
-- the queue empty.
CREATE FUNCTION search_entry_flush() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids uuid[];
BEGIN
  WITH d AS (DELETE FROM search_entry_queue RETURNING service_id) SELECT array_agg(service_id) INTO ids FROM d;
  IF ids IS NOT NULL THEN PERFORM search_entry_rebuild(ids); END IF;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER search_entry_queue_flush AFTER INSERT ON search_entry_queue
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION search_entry_flush();

DO $$
DECLARE tbl text; op text;
BEGIN
  FOREACH tbl IN ARRAY ARRAY['service', 'service_at_location', 'schedule', 'attribute', 'service_fact'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_entry_enqueue()', tbl || '_search_entry_insert', tbl);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_entry_enqueue()', tbl || '_search_entry_delete', tbl);
  END LOOP;
  FOREACH tbl IN ARRAY ARRAY['service', 'service_at_location', 'schedule', 'attribute', 'service_fact', 'location', 'taxonomy_term'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_entry_enqueue()', tbl || '_search_entry_update', tbl);
  END LOOP;
END $$;

-- Databases that already hold listings.
SELECT search_entry_reindex();
