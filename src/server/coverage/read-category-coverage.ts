import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { CategoryCoverage } from "@/lib/insights/types";
import { WEST_YORKSHIRE } from "@/lib/places";
import { prisma, type Db } from "@/server/db/client";
import { matchingServices, queryStatistics, venues } from "./coverage-sql";

type Row = { categoryCode: string | null; categoryName: string | null; areaCode: string; listings: number; per10k: number | null };

/**
 * Every category (in vocabulary order, including those with no listings) × West Yorkshire and each place:
 * distinct published listings with a venue there and the rate per 10,000 residents. The first row counts
 * every listing whatever its category; a listing in two categories counts in both category rows.
 */
export async function readCategoryCoverage(options: { verifiedOnly: boolean }, db: Db = prisma): Promise<CategoryCoverage[]> {
  const rows = await queryStatistics<Row>(
    db,
    Prisma.sql`
    WITH ${matchingServices({ verifiedOnly: options.verifiedOnly })}, ${venues},
    category AS (
      SELECT t.id, t.code, t.name, t.sort_order FROM taxonomy_term t
      JOIN taxonomy x ON x.id = t.taxonomy_id AND x.slug = 'category'),
    listed AS (
      SELECT DISTINCT v.service_id, v.place_code, a.taxonomy_term_id AS term_id
      FROM venue v JOIN attribute a ON a.service_id = v.service_id JOIN category c ON c.id = a.taxonomy_term_id
      WHERE v.place_code IS NOT NULL),
    counts AS (
      SELECT term_id, CASE WHEN GROUPING(place_code) = 0 THEN place_code ELSE ${WEST_YORKSHIRE.code} END AS area_code,
             count(DISTINCT service_id) AS listings
      FROM listed GROUP BY GROUPING SETS ((term_id, place_code), (term_id))
      UNION ALL
      SELECT NULL, CASE WHEN GROUPING(place_code) = 0 THEN place_code ELSE ${WEST_YORKSHIRE.code} END,
             count(DISTINCT service_id)
      FROM venue WHERE place_code IS NOT NULL GROUP BY GROUPING SETS ((place_code), ())),
    area AS (
      SELECT ${WEST_YORKSHIRE.code} AS code, (SELECT sum(population) FROM place) AS population, 0 AS sort, '' AS name
      UNION ALL SELECT code, population, 1, name FROM place),
    row_key AS (SELECT NULL::uuid AS id, NULL::text AS code, NULL::text AS name, -1 AS sort_order UNION ALL SELECT * FROM category)
    SELECT k.code AS "categoryCode", k.name AS "categoryName", a.code AS "areaCode",
           COALESCE(c.listings, 0)::int AS listings,
           round(COALESCE(c.listings, 0) * 10000.0 / NULLIF(a.population, 0), 2)::float8 AS "per10k"
    FROM row_key k CROSS JOIN area a
    LEFT JOIN counts c ON c.term_id IS NOT DISTINCT FROM k.id AND c.area_code = a.code
    ORDER BY k.sort_order, k.name, a.sort, a.name`,
  );
  const byCategory = new Map<string, CategoryCoverage>();
  for (const row of rows) {
    const key = row.categoryCode ?? "";
    let entry = byCategory.get(key);
    if (!entry) {
      entry = { categoryCode: row.categoryCode, categoryName: row.categoryName ?? "Every listing", areas: {} };
      byCategory.set(key, entry);
    }
    entry.areas[row.areaCode] = { listings: row.listings, per10k: row.per10k };
  }
  return [...byCategory.values()];
}
