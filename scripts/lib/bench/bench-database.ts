import pg from "pg";
import { createPrismaClient } from "@/server/db/client";
import { migrate } from "@/server/db/migrate";
import { resolveReferenceDataDir } from "@/server/seed/reference-files";
import { seedDatabase } from "@/server/seed/seed-database";
import { startPostgresCluster } from "../postgres-cluster.mjs";
import { seededRandom, type Random } from "./random";
import { addSyntheticListings, type SyntheticListings } from "./synthetic-listings";

// The database the search and API benchmarks measure: a throwaway cluster (never your database), migrated, the
// real West Yorkshire seed, synthetic listings up to a number of published services, vacuumed and analysed as
// a long-running database would be.

export type GenerationTimes = { load_s: number; rebuild_s: number; vacuum_s: number };

const seconds = (since: number) => Number(((performance.now() - since) / 1000).toFixed(1));

/**
 * Adds the synthetic listings with triggers off (`session_replication_role = replica`, allowed for the bench's
 * superuser: ordinary and foreign-key triggers do not fire, so a million-row COPY does not pay per-statement
 * trigger work), rebuilds what those triggers would have maintained, then VACUUM ANALYZE.
 */
export async function loadSyntheticListings(
  client: pg.Client,
  mix: SyntheticListings,
  random: Random,
  log: (line: string) => void,
): Promise<GenerationTimes> {
  let started = performance.now();
  await client.query("SET session_replication_role = replica");
  try {
    await addSyntheticListings(client, mix, random, log);
  } finally {
    await client.query("RESET session_replication_role");
  }
  const load_s = seconds(started);
  started = performance.now();
  log(`synthesised in ${load_s} s; rebuilding derived tables …`);
  await rebuildDerivedTables(client);
  const rebuild_s = seconds(started);
  started = performance.now();
  log(`rebuilt in ${rebuild_s} s; vacuuming and analysing …`);
  await client.query("VACUUM ANALYZE");
  return { load_s, rebuild_s, vacuum_s: seconds(started) };
}

/**
 * Everything that triggers keep in step with listings, rebuilt from scratch after a load with triggers off:
 * the typo vocabulary (the same words as the search_word_collect_* triggers add), the search index (ADR 0018)
 * and the insights aggregates (ADR 0041); the search filters' kept counts are dropped, so the next page counts.
 */
export async function rebuildDerivedTables(client: pg.Client): Promise<void> {
  await client.query(REBUILD_SEARCH_WORDS);
  await client.query("SELECT search_entry_reindex()");
  await client.query("SELECT insights_rebuild()");
  await client.query("DELETE FROM listing_term_counts");
}

// What prisma/migrations/*search_words* add: words of published services (names, alternative names,
// descriptions), taxonomy terms, venues whose address is not hidden, wards and places.
const REBUILD_SEARCH_WORDS = `INSERT INTO search_word (word)
  SELECT w FROM service s, LATERAL search_words(s.name || ' ' || coalesce(s.alternate_name, '') || ' ' || s.description) AS w
   WHERE s.listing_status = 'published'
  UNION SELECT w FROM taxonomy_term t, LATERAL search_words(t.name) AS w
  UNION SELECT w FROM location l, LATERAL search_words(coalesce(l.name, '') || ' ' || coalesce(l.city, '')) AS w
   WHERE NOT l.hide_exact_address
  UNION SELECT w FROM ward x, LATERAL search_words(x.name) AS w
  UNION SELECT w FROM place p, LATERAL search_words(p.name) AS w
  ON CONFLICT DO NOTHING`;

export type BenchDatabase = {
  url: string;
  serverVersion: string;
  /** Rows in the tables that matter, for the report. */
  counts: Record<string, string>;
  /** How long the synthetic listings took, in seconds (COPY, derived tables, VACUUM ANALYZE). */
  generation: GenerationTimes;
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
    const count = options.services - (await published());
    const synthetic = options.synthetic ?? { pendingShare: 0, categories: "uniform" };
    const generation = await loadSyntheticListings(client, { ...synthetic, count }, seededRandom(options.seed ?? 2026), log);
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
    return { url: url.toString(), serverVersion, counts, generation, client, db, stop };
  } catch (error) {
    cluster.stop();
    throw error;
  }
}
