import { openScriptDatabase } from "./script-database";
import pg from "pg";

// `npm run db:reindex`: rebuilds the search index (search_entry, ADR 0018) from the listings in one statement.
// Triggers keep it in step with every change; this is for a bulk load that paused them, or peace of mind.
const database = await openScriptDatabase();
const client = new pg.Client({ connectionString: database.url });
try {
  await client.connect();
  const started = Date.now();
  const { rows } = await client.query<{ n: string }>("SELECT search_entry_reindex() AS n");
  console.log(`search index rebuilt: ${rows[0]!.n} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await client.end().catch(() => {});
  await database.stop();
}
