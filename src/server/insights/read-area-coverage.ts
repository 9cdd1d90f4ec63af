import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { AreaCoverage, AreaCoverageResult } from "@/lib/insights/types";
import { WEST_YORKSHIRE } from "@/lib/places";
import { prisma, type Db } from "@/server/db/client";
import { maintainedCounts, maintainedNearest } from "./aggregates-sql";
import { matchingServices, nearestVenue, queryStatistics, venues, type CoverageFilters, type NearestStrategy } from "./coverage-sql";

type CountRow = Omit<AreaCoverage, "beyond1kmPct" | "beyond2kmPct">;
type AccessRow = { code: string; beyond1kmPct: number | null; beyond2kmPct: number | null };

/**
 * Provision per 10,000 residents, distance to the nearest listing and the deprivation gap ranking, for West
 * Yorkshire, each place and each ward (of `place` only, when given). Two SQL statements (counts, then the
 * access measure), both reading the maintained aggregates (ADR 0041); `strategy` computes the access measure
 * from the listings instead, which the tests compare with the maintained one.
 */
export async function readAreaCoverage(
  options: { filters: CoverageFilters; place?: string | undefined; strategy?: NearestStrategy },
  db: Db = prisma,
): Promise<AreaCoverageResult> {
  const counts = await queryStatistics<CountRow>(db, countsSql(options.filters, options.place));
  const westYorkshire = counts.find((r) => r.level === "west-yorkshire");
  if (!westYorkshire) throw new Error("readAreaCoverage: no West Yorkshire row");
  const strategy = options.strategy ?? "maintained";
  const access = await queryStatistics<AccessRow>(db, accessSql(options.filters, strategy));
  const byCode = new Map(access.map((a) => [a.code, a]));
  const rows: AreaCoverage[] = counts.map((r) => ({
    ...r,
    beyond1kmPct: byCode.get(r.code)?.beyond1kmPct ?? null,
    beyond2kmPct: byCode.get(r.code)?.beyond2kmPct ?? null,
  }));
  return {
    westYorkshire: rows.find((r) => r.level === "west-yorkshire")!,
    places: rows.filter((r) => r.level === "place"),
    wards: rows.filter((r) => r.level === "ward"),
  };
}

/** The area a GROUPING SETS ((ward_code), (place_code), ()) row is about. */
function areaCode(alias: "v" | "n"): Prisma.Sql {
  const t = Prisma.raw(alias);
  return Prisma.sql`CASE WHEN GROUPING(${t}.ward_code) = 0 THEN ${t}.ward_code
    WHEN GROUPING(${t}.place_code) = 0 THEN ${t}.place_code ELSE ${WEST_YORKSHIRE.code} END`;
}

// The gap rank orders the most deprived fifth by provision per head (unrounded), then by deprivation. The
// provision rank is West Yorkshire's whatever the place (like the deprivation fifth); wards tied at the edge
// of the lowest fifth are all in it, so a category that most wards lack puts every ward without it there.
function countsSql(filters: CoverageFilters, place: string | undefined): Prisma.Sql {
  const wardPlace = place ? Prisma.sql`AND w.place_code = ${place}` : Prisma.empty;
  return Prisma.sql`
    WITH ${maintainedCounts(filters)},
    ward_fifth AS (SELECT code, ntile(5) OVER (ORDER BY wy_imd_rank NULLS LAST, code) AS fifth FROM ward),
    ward_provision AS (
      SELECT w.code, rank() OVER (ORDER BY COALESCE(c.listings, 0) * 10000.0 / NULLIF(w.population, 0) NULLS LAST) AS rank,
             ceil(count(*) OVER () / 5.0) AS fifth_size
      FROM ward w LEFT JOIN counts c ON c.code = w.code),
    area AS (
      SELECT 'west-yorkshire' AS level, ${WEST_YORKSHIRE.code} AS code, ${WEST_YORKSHIRE.name} AS name,
             NULL::text AS place_code, NULL::text AS place_name, (SELECT sum(population) FROM place)::int AS population,
             NULL::float8 AS imd_score, NULL::int AS wy_imd_rank, NULL::int AS fifth,
             NULL::int AS provision_rank, NULL::boolean AS lowest_provision, 0 AS sort
      UNION ALL
      SELECT 'place', p.code, p.name, p.code, p.name, p.population, p.imd_avg_score, NULL, NULL, NULL, NULL, 1 FROM place p
      UNION ALL
      SELECT 'ward', w.code, w.name, w.place_code, p.name, w.population, w.imd_score, w.wy_imd_rank, f.fifth,
             r.rank, r.rank <= r.fifth_size, 2
      FROM ward w JOIN place p ON p.code = w.place_code JOIN ward_fifth f ON f.code = w.code
      JOIN ward_provision r ON r.code = w.code
      WHERE true ${wardPlace}),
    rated AS (
      SELECT a.*, COALESCE(c.listings, 0) AS listings, COALESCE(c.listings, 0) * 10000.0 / NULLIF(a.population, 0) AS rate
      FROM area a LEFT JOIN counts c ON c.code = a.code)
    SELECT r.level, r.code, r.name, r.place_code AS "placeCode", r.place_name AS "placeName", r.population,
           r.imd_score AS "imdScore", r.wy_imd_rank AS "wyImdRank", r.fifth AS "deprivationFifth",
           r.provision_rank::int AS "wyProvisionRank", r.lowest_provision AS "lowestProvisionFifth", r.listings,
           round(r.rate, 2)::float8 AS "per10k",
           CASE WHEN r.level <> 'west-yorkshire' THEN round(100 * (r.rate / NULLIF(wy.rate, 0) - 1)) END::float8
             AS "comparedWithWestYorkshire",
           CASE WHEN r.fifth = 1 THEN row_number() OVER (
             PARTITION BY r.fifth = 1 ORDER BY r.rate NULLS LAST, r.wy_imd_rank, r.code) END::int AS "gapRank"
    FROM rated r CROSS JOIN (SELECT rate FROM rated WHERE level = 'west-yorkshire') wy
    ORDER BY r.sort, r.place_name, r.name`;
}

// Shares use the LSOAs' own Census 2021 populations, so numerator and denominator always match.
function accessSql(filters: CoverageFilters, strategy: NearestStrategy): Prisma.Sql {
  const nearest =
    strategy === "maintained"
      ? maintainedNearest(filters)
      : Prisma.sql`${matchingServices(filters)}, ${strategy === "from-venues" ? Prisma.sql`${venues},` : Prisma.empty} ${nearestVenue(strategy)}`;
  return Prisma.sql`
    WITH ${nearest}
    SELECT ${areaCode("n")} AS code,
           round(100.0 * COALESCE(sum(n.population) FILTER (WHERE n.metres IS NULL OR n.metres > 1000), 0)
                 / NULLIF(sum(n.population), 0), 1)::float8 AS "beyond1kmPct",
           round(100.0 * COALESCE(sum(n.population) FILTER (WHERE n.metres IS NULL), 0)
                 / NULLIF(sum(n.population), 0), 1)::float8 AS "beyond2kmPct"
    FROM nearest n
    GROUP BY GROUPING SETS ((n.ward_code), (n.place_code), ())`;
}
