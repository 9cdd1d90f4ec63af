import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/client";

// SQL building blocks shared by the coverage queries. Each returns one CTE (or a few), so a query reads
// `WITH ${matchingServices(f)}, ${venues} SELECT …`. Statistics stay in SQL (CONVENTIONS habit 8).

export type CoverageFilters = {
  /** A category code; undefined counts every published listing. */
  category?: string | undefined;
  /** Only listings somebody has verified (verified_at set). */
  verifiedOnly: boolean;
};

/** `matching(id)`: the published services that pass the filters. */
export function matchingServices(filters: CoverageFilters): Prisma.Sql {
  const verified = filters.verifiedOnly ? Prisma.sql`AND s.verified_at IS NOT NULL` : Prisma.empty;
  const category = filters.category
    ? Prisma.sql`AND s.id IN (
        SELECT a.service_id FROM attribute a
        JOIN taxonomy_term t ON t.id = a.taxonomy_term_id
        JOIN taxonomy x ON x.id = t.taxonomy_id AND x.slug = 'category'
        WHERE t.code = ${filters.category})`
    : Prisma.empty;
  // NOT MATERIALIZED: a query that reads it twice still gets it planned into each join.
  return Prisma.sql`matching AS NOT MATERIALIZED (
    SELECT s.id FROM service s
    WHERE s.listing_status = 'published' ${verified} ${category})`;
}

/**
 * `venue(service_id, location_id, ward_code, place_code, lat, lng)`: every venue of a matching service. A
 * service with venues in two wards counts in both wards (and once in a place that holds both).
 */
export const venues = Prisma.sql`venue AS (
  SELECT m.id AS service_id, l.id AS location_id, l.ward_code, l.place_code, l.lat, l.lng
  FROM matching m
  JOIN service_at_location sal ON sal.service_id = m.id
  JOIN location l ON l.id = sal.location_id)`;

/** Distances are reported up to this; anything further is "more than 2 km". */
export const ACCESS_LIMIT_METRES = 2000;

/**
 * "maintained" reads the per-LSOA distances kept by the insights_aggregates migration's triggers (ADR 0041);
 * the other two compute them from the listings, as the maintained ones must equal.
 */
export type NearestStrategy = "maintained" | "from-venues" | "from-lsoas";

/**
 * Up to this many matching listings the nearest venue is found from the venues' side, else from the LSOAs'
 * side. Both give the same answer; see docs/decisions/0040-insights-coverage-measures.md for the costs.
 */
export const FROM_VENUES_UP_TO = 3000;

export function nearestStrategyFor(listings: number): Exclude<NearestStrategy, "maintained"> {
  return listings <= FROM_VENUES_UP_TO ? "from-venues" : "from-lsoas";
}

/**
 * `nearest(code, ward_code, place_code, population, metres)`: for every LSOA with a centroid, the great-circle
 * distance in metres from its centroid to the nearest matching venue, or NULL when none is within 2 km.
 * Needs `matching` (and `venue` for "from-venues").
 *
 * - from-venues: each distinct venue point looks up the LSOA centroids within 2 km (GiST lsoa_earth_idx).
 *   Cost grows with the number of venues: right for a category with few listings.
 * - from-lsoas: each LSOA centroid asks for its nearest matching location (a nearest-neighbour scan of
 *   the GiST location_earth_idx, skipping non-matching locations). Cost grows with how rare matches are:
 *   right when listings are many.
 *
 * Candidates come from the earthdistance GiST indexes; the distance itself is earthdistance's `<@>`
 * (statute miles on a sphere), which unlike ll_to_earth costs no domain check per row. The 2.1 km box
 * leaves room for the two slightly different earth radii, so a venue at 2 km is never missed.
 */
export function nearestVenue(strategy: Exclude<NearestStrategy, "maintained">): Prisma.Sql {
  const found =
    strategy === "from-venues"
      ? Prisma.sql`SELECT z.code, min((point(v.lng, v.lat) <@> point(z.lng, z.lat)) * 1609.344) AS metres
          FROM (SELECT DISTINCT lat, lng FROM venue WHERE lat IS NOT NULL AND lng IS NOT NULL) v
          JOIN lsoa z ON earth_box(ll_to_earth(v.lat, v.lng), 2100) @> ll_to_earth(z.lat, z.lng)
          GROUP BY z.code`
      : // "IS TRUE" keeps the IN as a hashed subplan built once, not a join planned per LSOA.
        Prisma.sql`SELECT z.code, near.metres
          FROM lsoa_point z
          CROSS JOIN LATERAL (
            SELECT (point(l.lng, l.lat) <@> point(z.lng, z.lat)) * 1609.344 AS metres
            FROM location l
            WHERE (l.id IN (SELECT sal.location_id FROM service_at_location sal JOIN matching m ON m.id = sal.service_id)) IS TRUE
            ORDER BY ll_to_earth(l.lat, l.lng) <-> z.earth
            LIMIT 1) near`;
  return Prisma.sql`lsoa_point AS MATERIALIZED (
    SELECT code, ward_code, place_code, population, lat, lng, ll_to_earth(lat, lng) AS earth
    FROM lsoa WHERE lat IS NOT NULL AND lng IS NOT NULL),
  found AS (${found}),
  nearest AS (
    SELECT z.code, z.ward_code, z.place_code, z.population,
           CASE WHEN f.metres <= ${ACCESS_LIMIT_METRES} THEN f.metres END AS metres
    FROM lsoa_point z LEFT JOIN found f ON f.code = z.code)`;
}

/**
 * Runs a statistics query with JIT compilation off and room to sort in memory. At 100,000 listings these
 * queries' cost estimates pass jit_above_cost, and compiling them took longer (≈ 1 s) than running them; and
 * their sorts (about 115,000 rows) spilled to disk with the default 4 MB work_mem (see docs/performance.md).
 */
export async function queryStatistics<T>(db: Pick<Db, "$transaction" | "$executeRaw" | "$queryRaw">, sql: Prisma.Sql): Promise<T[]> {
  const settings = db.$executeRaw`SELECT set_config('jit', 'off', true), set_config('work_mem', '32MB', true)`;
  // Prisma's defaults (2 s to get a connection, 5 s to finish) would fail a page on a busy server.
  const [, rows] = await db.$transaction([settings, db.$queryRaw<T[]>(sql)], { maxWait: 10_000, timeout: 30_000 });
  return rows;
}
