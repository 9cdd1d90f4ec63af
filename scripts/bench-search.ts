// `npm run bench:search`: the search benchmark. Builds its own throwaway PostgreSQL (never your database),
// migrates it, loads the real West Yorkshire seed, synthesises listings up to 100,000, then measures
//   1. the search use case (searchServices) and the same SQL run directly with `pg`, over a query mix, and
//   2. requests per second of /search under local load (autocannon → `next start` on 127.0.0.1),
// and writes the numbers to docs/performance.md. Options: BENCH_SERVICES (default 100000), BENCH_QUERIES
// (default 400), BENCH_LOAD_SECONDS (default 20).
import { loadavg } from "node:os";
import pg from "pg";
import { parseSearchParams } from "@/lib/validation/search";
import { createPrismaClient } from "@/server/db/client";
import { migrate } from "@/server/db/migrate";
import { seedDatabase } from "@/server/seed/seed-database";
import { searchServices } from "@/server/search/search-services";
import { startPostgresCluster } from "./lib/postgres-cluster.mjs";
import { resolvedSqlFor } from "./lib/bench/resolved-sql";
import { buildQueryMix, type BenchQuery } from "./lib/bench/query-mix";
import { loadTestSearch } from "./lib/bench/load-test";
import { summarise } from "./lib/bench/stats";
import { seededRandom } from "./lib/bench/random";
import { addSyntheticListings } from "./lib/bench/synthetic-listings";
import { writePerformanceReport, type Measured } from "./lib/bench/write-report";
import { resolveReferenceDataDir } from "@/server/seed/reference-files";

const TARGET = Number(process.env.BENCH_SERVICES ?? 100_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 400);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20);
const log = (line: string) => console.log(`[bench] ${line}`);

async function main() {
  const cluster = await startPostgresCluster();
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query("CREATE DATABASE wy_bench");
    const serverVersion = (await admin.query<{ server_version: string }>("SHOW server_version")).rows[0]!.server_version;
    await admin.end();
    const url = new URL(cluster.url);
    url.pathname = "/wy_bench";
    const dbUrl = url.toString();

    log("migrating and loading the real seed …");
    await migrate({ connectionString: dbUrl });
    const db = createPrismaClient(dbUrl);
    await seedDatabase(db, { referenceDataDir: resolveReferenceDataDir() });
    const client = new pg.Client({ connectionString: dbUrl });
    await client.connect();
    const seeded = Number(
      (await client.query<{ n: string }>("SELECT count(*) AS n FROM service WHERE listing_status = 'published'")).rows[0]!.n,
    );
    const started = Date.now();
    // Published only (search measures what the public sees), every category as likely (the query mix asks for
    // common ones).
    await addSyntheticListings(client, { count: TARGET - seeded, pendingShare: 0, categories: "uniform" }, seededRandom(2026), log);
    log(`synthesised in ${((Date.now() - started) / 1000).toFixed(0)} s; vacuuming and analysing …`);
    await client.query("VACUUM ANALYZE");
    const counts = (
      await client.query<Record<string, string>>(`SELECT (SELECT count(*) FROM service WHERE listing_status = 'published') AS services,
        (SELECT count(*) FROM location) AS locations, (SELECT count(*) FROM schedule) AS schedules,
        (SELECT count(*) FROM attribute) AS attributes, (SELECT count(*) FROM search_word) AS words`)
    ).rows[0]!;

    const mix = await buildQueryMix(client, QUERIES, seededRandom(7));
    const loads: number[] = [];
    const sampler = setInterval(() => loads.push(loadavg()[0]!), 2000);
    const measured = await measure(mix, db, client);
    await client.end();
    await db.$disconnect();

    log(`load test of /search for ${LOAD_SECONDS} s …`);
    const load = await loadTestSearch({ databaseUrl: dbUrl, queries: mix, seconds: LOAD_SECONDS, log });
    clearInterval(sampler);
    const report = writePerformanceReport({ counts, loads, serverVersion, measured, load, queries: QUERIES });
    log(`wrote ${report}`);
  } finally {
    cluster.stop();
  }
}

/** Each query: the use case and the raw SQL, alternating which goes first; the first 10% warm up. */
async function measure(mix: BenchQuery[], db: ReturnType<typeof createPrismaClient>, client: pg.Client): Promise<Measured> {
  const out: Measured = {};
  const warmUp = Math.ceil(mix.length / 10);
  for (const [i, q] of [...mix.slice(0, warmUp), ...mix].entries()) {
    const { query } = parseSearchParams(q.params);
    const raw = await resolvedSqlFor(query, db);
    const timeUseCase = async () => {
      const t = performance.now();
      await searchServices({ query }, db);
      return performance.now() - t;
    };
    const timeRaw = async () => {
      if (!raw) return null;
      const t = performance.now();
      await client.query(raw.text, raw.values);
      return performance.now() - t;
    };
    let a: number;
    let b: number | null;
    if (i % 2 === 0) {
      a = await timeUseCase();
      b = await timeRaw();
    } else {
      b = await timeRaw();
      a = await timeUseCase();
    }
    if (i < warmUp) continue;
    for (const kind of [q.kind, "all"]) {
      out[kind] ??= { useCase: [], raw: [] };
      out[kind].useCase.push(a);
      if (b !== null) out[kind].raw.push(b);
    }
  }
  for (const [kind, m] of Object.entries(out)) {
    const u = summarise(m.useCase);
    const r = summarise(m.raw);
    log(
      `${kind.padEnd(32)} use case p50 ${u.p50.toFixed(1)} p95 ${u.p95.toFixed(1)} ms | raw SQL p50 ${r.p50.toFixed(1)} p95 ${r.p95.toFixed(1)} ms`,
    );
  }
  return out;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
