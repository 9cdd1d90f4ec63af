import type { PrismaClient } from "@/generated/prisma/client";
import type { SearchQuery } from "@/lib/validation/search";
import { prepareSearch } from "@/server/search/prepare-search";
import { searchSql } from "@/server/search/search-services";

/** The exact statement the use case runs for a query (its look-ups done beforehand), for timing it alone. */
export async function resolvedSqlFor(query: SearchQuery, db: PrismaClient): Promise<{ text: string; values: unknown[] } | null> {
  const prepared = await prepareSearch(query, db);
  if (!prepared.resolved) return null;
  const sql = searchSql(prepared.resolved, query.page);
  return { text: sql.text, values: sql.values };
}
