import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { WardCategoryCount } from "@/lib/insights/types";
import { prisma, type Db } from "@/server/db/client";
import { listingsColumn } from "./aggregates-sql";
import { queryStatistics } from "./coverage-sql";

/**
 * Every ward × every category (124 × 24 rows for West Yorkshire; a place's wards only when `place` is given),
 * with zeros: the long-format table analysts pivot in a spreadsheet, and what `npm run bench:insights` times.
 */
export async function readWardCategoryMatrix(
  options: { verifiedOnly: boolean; place?: string | undefined },
  db: Db = prisma,
): Promise<WardCategoryCount[]> {
  const wardPlace = options.place ? Prisma.sql`WHERE w.place_code = ${options.place}` : Prisma.empty;
  return queryStatistics<WardCategoryCount>(
    db,
    Prisma.sql`
    WITH category AS (
      SELECT t.id, t.code, t.name, t.sort_order FROM taxonomy_term t
      JOIN taxonomy x ON x.id = t.taxonomy_id AND x.slug = 'category'),
    -- Maintained per ward and category by the insights_aggregates triggers (ADR 0041).
    counts AS (SELECT c.area_code AS ward_code, c.term_id, ${listingsColumn(options)} AS listings FROM insights_area_count c)
    SELECT w.code AS "wardCode", w.name AS "wardName", p.code AS "placeCode", p.name AS "placeName", w.population,
           c.code AS "categoryCode", c.name AS "categoryName", COALESCE(n.listings, 0)::int AS listings,
           round(COALESCE(n.listings, 0) * 10000.0 / NULLIF(w.population, 0), 2)::float8 AS "per10k"
    FROM ward w JOIN place p ON p.code = w.place_code CROSS JOIN category c
    LEFT JOIN counts n ON n.ward_code = w.code AND n.term_id = c.id
    ${wardPlace}
    ORDER BY p.name, w.name, c.sort_order, c.name`,
  );
}
