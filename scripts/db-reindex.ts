import { rebuildInsights } from "@/server/insights/rebuild-insights";
import { runScript } from "./script-database";

// `npm run db:reindex`: rebuilds what triggers keep in step with the listings, from scratch: the search index
// (search_entry, ADR 0018) and the insights aggregates (ADR 0041). For a bulk load that paused the triggers,
// a reference-data reload (LSOA centroids), or peace of mind.
runScript(async (db) => {
  let started = Date.now();
  const [row] = await db.$queryRaw<Array<{ n: bigint | number }>>`SELECT search_entry_reindex() AS n`;
  console.log(`search index rebuilt: ${Number(row!.n)} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  started = Date.now();
  await rebuildInsights(db);
  console.log(`insights aggregates rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // The search filters' counts (kept for a minute): the next search page counts afresh.
  await db.$executeRaw`DELETE FROM listing_term_counts`;
});
