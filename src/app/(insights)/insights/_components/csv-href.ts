import { insightsQueryString, type InsightsFilters } from "@/lib/validation/insights";
import type { InsightTableName } from "@/server/insights/export-insight-table";

/** Where a table's CSV is: /insights/<table>.csv with the page's filters. */
export function csvHref(table: InsightTableName, filters: InsightsFilters): string {
  return `/insights/${table}.csv${insightsQueryString({ ...filters, map: "provision" })}`;
}
