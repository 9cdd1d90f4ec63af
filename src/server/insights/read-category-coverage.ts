import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { CategoryCoverage } from "@/lib/insights/types";
import { WEST_YORKSHIRE } from "@/lib/places";
import { prisma, type Db } from "@/server/db/client";
import { EVERY_LISTING, listingsColumn } from "./aggregates-sql";
import { queryStatistics } from "./coverage-sql";

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
    WITH category AS (
      SELECT t.id, t.code, t.name, t.sort_order FROM taxonomy_term t
      JOIN taxonomy x ON x.id = t.taxonomy_id AND x.slug = 'category'),
    -- Maintained per place and category (the nil term: every listing) by the insights_aggregates triggers.
    counts AS (
      SELECT NULLIF(c.term_id, ${EVERY_LISTING}::uuid) AS term_id, c.area_code, c.term_id = ${EVERY_LISTING}::uuid AS every,
             ${listingsColumn(options)} AS listings
      FROM insights_area_count c),
    area AS (
      SELECT ${WEST_YORKSHIRE.code} AS code, (SELECT sum(population) FROM place) AS population, 0 AS sort, '' AS name
      UNION ALL SELECT code, population, 1, name FROM place),
    row_key AS (SELECT NULL::uuid AS id, NULL::text AS code, NULL::text AS name, -1 AS sort_order UNION ALL SELECT * FROM category)
    SELECT k.code AS "categoryCode", k.name AS "categoryName", a.code AS "areaCode",
           COALESCE(c.listings, 0)::int AS listings,
           round(COALESCE(c.listings, 0) * 10000.0 / NULLIF(a.population, 0), 2)::float8 AS "per10k"
    FROM row_key k CROSS JOIN area a
    LEFT JOIN counts c ON c.area_code = a.code AND (c.term_id = k.id OR (c.every AND k.id IS NULL))
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
