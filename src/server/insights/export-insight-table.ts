import "server-only";
import { toCsv } from "@/lib/csv";
import { deprivedAndUnderServed, gapWards, wardsWithoutListing } from "@/lib/insights/area-lists";
import * as columns from "@/lib/insights/columns";
import { csvTable } from "@/lib/insights/columns";
import { placeName } from "@/lib/places";
import type { InsightsFilters } from "@/lib/validation/insights";
import { readAreaCoverage } from "@/server/insights/read-area-coverage";
import { readCategoryCoverage } from "@/server/insights/read-category-coverage";
import { readListingTrend } from "@/server/insights/read-listing-trend";
import { readWardCategoryMatrix } from "@/server/insights/read-ward-category-matrix";
import { prisma, type Db } from "@/server/db/client";
import { readUnmetDemand } from "./read-unmet-demand";

/** Every table on /insights, by the name its CSV is downloaded as (/insights/<name>.csv). */
export const INSIGHT_TABLES = [
  "places",
  "categories",
  "wards",
  "gaps",
  "deprived-under-served",
  "no-listing",
  "trend",
  "demand-months",
  "demand-categories",
  "demand-places",
  "demand-wards",
  "demand-detail",
  "ward-categories",
] as const;
export type InsightTableName = (typeof INSIGHT_TABLES)[number];

export function isInsightTable(name: string): name is InsightTableName {
  return (INSIGHT_TABLES as readonly string[]).includes(name);
}

type Table = { header: string[]; rows: (string | number | null)[][] };

/** One /insights table as CSV for Excel, with the same filters (and so the same rows) as the page. */
export async function exportInsightTable(
  options: { table: InsightTableName; filters: InsightsFilters },
  db: Db = prisma,
): Promise<{ filename: string; csv: string }> {
  const table = await load(options.table, options.filters, db);
  return { filename: filenameFor(options.table, options.filters), csv: toCsv(table.header, table.rows) };
}

async function load(name: InsightTableName, filters: InsightsFilters, db: Db): Promise<Table> {
  const coverage = { category: filters.category, verifiedOnly: filters.verifiedOnly };
  const area = () => readAreaCoverage({ filters: coverage, place: filters.place }, db);
  const demand = (detail = false) => readUnmetDemand({ category: filters.category, place: filters.place, detail }, db);
  switch (name) {
    case "places": {
      const { westYorkshire, places } = await area();
      return csvTable(columns.placeColumns, [westYorkshire, ...places]);
    }
    case "wards":
      return csvTable(columns.wardColumns, (await area()).wards);
    case "gaps":
      return csvTable(columns.gapColumns, gapWards((await area()).wards));
    case "deprived-under-served":
      return csvTable(columns.underServedColumns, deprivedAndUnderServed((await area()).wards));
    case "no-listing":
      return csvTable(columns.noListingColumns, wardsWithoutListing((await area()).wards));
    case "categories":
      return csvTable(columns.categoryColumns, await readCategoryCoverage({ verifiedOnly: filters.verifiedOnly }, db));
    case "ward-categories":
      return csvTable(
        columns.wardCategoryColumns,
        await readWardCategoryMatrix({ verifiedOnly: filters.verifiedOnly, place: filters.place }, db),
      );
    case "trend":
      return csvTable(columns.trendColumns, await readListingTrend({ filters: coverage, place: filters.place }, db));
    case "demand-months":
      return csvTable(columns.demandMonthColumns, (await demand()).byMonth);
    case "demand-categories":
      return csvTable(columns.demandCategoryColumns, (await demand()).byCategory);
    case "demand-places":
      return csvTable(columns.demandPlaceColumns, (await demand()).byPlace);
    case "demand-wards":
      return csvTable(columns.demandWardColumns, (await demand()).byWard);
    case "demand-detail":
      return csvTable(columns.demandDetailColumns, (await demand(true)).detail);
  }
}

/** e.g. "insights-wards-singing-and-choirs-leeds-verified.csv": says which filters made it. */
export function filenameFor(table: InsightTableName, filters: InsightsFilters): string {
  const parts = [
    "insights",
    table,
    filters.category ?? "all-categories",
    (placeName(filters.place ?? "") ?? "west-yorkshire").toLowerCase(),
  ];
  if (filters.verifiedOnly) parts.push("verified");
  return `${parts.join("-")}.csv`;
}
