import pg from "pg";
import { createPrismaClient } from "@/server/db/client";
import { migrate } from "@/server/db/migrate";
import { resolveReferenceDataDir } from "@/server/seed/reference-files";
import { seedDatabase } from "@/server/seed/seed-database";
import { startPostgresCluster } from "../postgres-cluster.mjs";
import { seededRandom } from "./random";
import { addSyntheticListings, type SyntheticListings } from "./synthetic-listings";

// The database the search and API benchmarks measure: a throwaway cluster (never your database), migrated, the
// real West Yorkshire seed, synthetic listings up to a number of published services, vacuumed and analysed as
// a long-running database would be.

export type BenchDatabase = {
  url: string;
  serverVersion: string;
  /** Rows in the tables that matter, for the report. */
  counts: Record<string, string>;
  /** Open on the benchmark database; closed by stop(). */
  client: pg.Client;
  db: ReturnType<typeof createPrismaClient>;
  stop: () => Promise<void>;
};

export async function createBenchDatabase(options: {
  name: string;
  services: number;
  /**
   * Default: published only (the search and the API measure what the public sees), every category as likely
   * (their queries ask for common ones), the same listings every run.
   */
  synthetic?: Omit<SyntheticListings, "count">;
  seed?: number;
  log: (line: string) => void;
}): Promise<BenchDatabase> {
  const { log } = options;
  const cluster = await startPostgresCluster();
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${options.name}`);
    const serverVersion = (await admin.query<{ server_version: string }>("SHOW server_version")).rows[0]!.server_version;
    await admin.end();
    const url = new URL(cluster.url);
    url.pathname = `/${options.name}`;

    log("migrating and loading the real seed …");
    await migrate({ connectionString: url.toString() });
    const db = createPrismaClient(url.toString());
    await seedDatabase(db, { referenceDataDir: resolveReferenceDataDir() });
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    const published = async () =>
      Number((await client.query<{ n: string }>("SELECT count(*) AS n FROM service WHERE listing_status = 'published'")).rows[0]!.n);
    const started = Date.now();
    const count = options.services - (await published());
    const synthetic = options.synthetic ?? { pendingShare: 0, categories: "uniform" };
    // The insights triggers would recount at every batch's commit; pause them and recount once (ADR 0041).
    await client.query("SET insights.paused = 'on'");
    await addSyntheticListings(client, { ...synthetic, count }, seededRandom(options.seed ?? 2026), log);
    await client.query("RESET insights.paused");
    await client.query("SELECT insights_rebuild()");
    log(`synthesised in ${((Date.now() - started) / 1000).toFixed(0)} s; vacuuming and analysing …`);
    await client.query("VACUUM ANALYZE");
    const counts = (
      await client.query<Record<string, string>>(`SELECT (SELECT count(*) FROM service WHERE listing_status = 'published') AS services,
        (SELECT count(*) FROM location) AS locations, (SELECT count(*) FROM schedule) AS schedules,
        (SELECT count(*) FROM attribute) AS attributes, (SELECT count(*) FROM search_word) AS words`)
    ).rows[0]!;
    const stop = async () => {
      await client.end().catch(() => {});
      await db.$disconnect().catch(() => {});
      cluster.stop();
    };
    return { url: url.toString(), serverVersion, counts, client, db, stop };
  } catch (error) {
    cluster.stop();
    throw error;
  }
}
