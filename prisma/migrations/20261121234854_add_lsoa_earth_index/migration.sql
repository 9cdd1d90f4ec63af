-- add_lsoa_earth_index: hand-written only (schema.prisma is unchanged; see prisma/hand-written-sql.md).

-- Coverage insights: the access measure finds, for each listing venue of a sparse category, the LSOA
-- centroids within 2 km (src/server/coverage/nearest-venue-sql.ts). Same expression as location_earth_idx so
-- earth_box(…) @> ll_to_earth(lat, lng) can use it.
CREATE INDEX "lsoa_earth_idx" ON "lsoa" USING gist (ll_to_earth("lat", "lng"));
