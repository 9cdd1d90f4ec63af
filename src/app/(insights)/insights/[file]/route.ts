import type { NextRequest } from "next/server";
import { parseInsightsQuery } from "@/lib/validation/insights";
import { exportInsightTable, isInsightTable } from "@/server/insights/export-insight-table";

// GET /insights/<table>.csv?category=…&place=…&verified=1 — a table from /insights as CSV. Public, read-only;
// filters it does not understand are ignored exactly as on the page.
export async function GET(request: NextRequest, context: { params: Promise<{ file: string }> }) {
  const { file } = await context.params;
  const table = file.endsWith(".csv") ? file.slice(0, -".csv".length) : "";
  if (!isInsightTable(table)) {
    return new Response("There is no such table. See /insights for the tables you can download.\n", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const { filters } = parseInsightsQuery(request.nextUrl.searchParams);
  const { filename, csv } = await exportInsightTable({ table, filters });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
