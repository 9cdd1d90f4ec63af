import "server-only";
import type { DbOrTx } from "@/server/db/client";

/**
 * Recomputes the insights aggregates from scratch (SQL function insights_rebuild(), ADR 0041). Triggers keep
 * them in step with every listing change; this is for the seed, bulk loads and reference-data reloads
 * (LSOA centroids), which the triggers do not watch.
 */
export async function rebuildInsights(db: Pick<DbOrTx, "$executeRaw">): Promise<void> {
  await db.$executeRaw`SELECT insights_rebuild()`;
}
