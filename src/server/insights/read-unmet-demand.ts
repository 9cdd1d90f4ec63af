import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { DemandCounts, UnmetDemand } from "@/lib/insights/types";
import { prisma, type Db } from "@/server/db/client";
import { queryStatistics } from "@/server/insights/coverage-sql";
import { isoDate } from "@/lib/dates";

export const DEMAND_MONTHS = 12;

type Row = DemandCounts & {
  grouping: "detail" | "month" | "category" | "place" | "ward";
  month: string | null;
  categoryCode: string | null;
  categoryName: string | null;
  placeCode: string | null;
  placeName: string | null;
  wardCode: string | null;
  wardName: string | null;
};

/**
 * Unmet demand over the last 12 months (recorded by search through recordUnmetDemand): by month, category,
 * place and ward, largest first, and every month × place × ward × category count. An empty code ("") means the search had no such filter or postcode.
 * `detail: false` leaves the last out (empty): the page shows only the totals, and the detail is most of the
 * work once demand is spread over many wards and categories (a row per combination).
 */
export async function readUnmetDemand(
  options: { category?: string | undefined; place?: string | undefined; now?: Date; detail?: boolean },
  db: Db = prisma,
): Promise<UnmetDemand> {
  const now = options.now ?? new Date();
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (DEMAND_MONTHS - 1), 1));
  const category = options.category ? Prisma.sql`AND d.category_code = ${options.category}` : Prisma.empty;
  const place = options.place ? Prisma.sql`AND d.place_code = ${options.place}` : Prisma.empty;
  const detail = options.detail === false ? Prisma.empty : Prisma.sql`, (d.month, d.place_code, d.ward_code, d.category_code)`;
  const rows = await queryStatistics<Row>(
    db,
    Prisma.sql`
    WITH grouped AS (
      SELECT CASE WHEN GROUPING(d.month, d.category_code) = 0 THEN 'detail'
                  WHEN GROUPING(d.month) = 0 THEN 'month' WHEN GROUPING(d.category_code) = 0 THEN 'category'
                  WHEN GROUPING(d.ward_code) = 0 THEN 'ward' ELSE 'place' END AS grouping,
             d.month, d.category_code, d.place_code, d.ward_code,
             COALESCE(sum(d.count) FILTER (WHERE d.outcome = 'none'), 0)::int AS none,
             COALESCE(sum(d.count) FILTER (WHERE d.outcome = 'few'), 0)::int AS few
      FROM search_demand d
      WHERE d.month >= ${since}::date ${category} ${place}
      GROUP BY GROUPING SETS ((d.month), (d.category_code), (d.place_code), (d.place_code, d.ward_code) ${detail}))
    SELECT g.grouping, to_char(g.month, 'YYYY-MM-DD') AS month, g.none, g.few, g.none + g.few AS total,
           g.category_code AS "categoryCode", t.name AS "categoryName", g.place_code AS "placeCode",
           p.name AS "placeName", g.ward_code AS "wardCode", w.name AS "wardName"
    FROM grouped g
    LEFT JOIN (SELECT t.code, t.name FROM taxonomy_term t JOIN taxonomy x ON x.id = t.taxonomy_id AND x.slug = 'category') t
      ON t.code = g.category_code
    LEFT JOIN place p ON p.code = g.place_code
    LEFT JOIN ward w ON w.code = g.ward_code
    ORDER BY g.grouping, g.month, (g.none + g.few) DESC, p.name, w.name, t.name`,
  );
  const of = (grouping: Row["grouping"]) => rows.filter((r) => r.grouping === grouping);
  const counts = (r: Row): DemandCounts => ({ none: r.none, few: r.few, total: r.total });
  return {
    since: isoDate(since),
    byMonth: of("month").map((r) => ({ month: r.month ?? "", ...counts(r) })),
    byCategory: of("category").map((r) => ({ categoryCode: r.categoryCode ?? "", categoryName: r.categoryName, ...counts(r) })),
    byPlace: of("place").map((r) => ({ placeCode: r.placeCode ?? "", placeName: r.placeName, ...counts(r) })),
    byWard: of("ward").map((r) => ({
      wardCode: r.wardCode ?? "",
      wardName: r.wardName,
      placeCode: r.placeCode ?? "",
      placeName: r.placeName,
      ...counts(r),
    })),
    detail: of("detail").map((r) => ({
      month: r.month ?? "",
      placeCode: r.placeCode ?? "",
      placeName: r.placeName,
      wardCode: r.wardCode ?? "",
      wardName: r.wardName,
      categoryCode: r.categoryCode ?? "",
      categoryName: r.categoryName,
      ...counts(r),
    })),
  };
}
