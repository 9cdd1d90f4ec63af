// npm run bench:insights — how long the coverage statistics take on the real seed and on 100,000 listings.
// Starts a throwaway PostgreSQL cluster (scripts/lib/postgres-cluster.mjs), migrates and seeds it with the
// West Yorkshire data, times the queries, adds synthetic listings at real postcodes up to 100,000 services
// (scripts/lib/bench/synthetic-listings.ts, shared with bench:search), times them again, prints a Markdown
// table for docs/performance.md and writes bench-results/insights.json. BENCH_SERVICES sets the size.
//
// Two figures per query: wall-clock time as the app sees it, and the CPU time the database server spent
// (from /proc/<backend pid>/schedstat; one connection, no parallel workers, so all the work is in that
// backend). On a machine shared with other work the wall time varies with their load; the CPU time much less.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import pg from "pg";
import { migrate } from "@/server/db/migrate";
import { readAreaCoverage } from "@/server/insights/read-area-coverage";
import { readCategoryCoverage } from "@/server/insights/read-category-coverage";
import { readListingTrend } from "@/server/insights/read-listing-trend";
import { readWardCategoryMatrix } from "@/server/insights/read-ward-category-matrix";
import { readUnmetDemand } from "@/server/insights/read-unmet-demand";
import { seedDatabase } from "@/server/seed/seed-database";
import { startPostgresCluster } from "./lib/postgres-cluster.mjs";
import { seededRandom } from "./lib/bench/random";
import { addSyntheticListings } from "./lib/bench/synthetic-listings";
import { resolveReferenceDataDir } from "@/server/seed/reference-files";

const TARGET_SERVICES = Number(process.env.BENCH_SERVICES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const referenceDataDir = resolveReferenceDataDir();

type Db = PrismaClient;
type Timing = { median: number; p95: number; cpuMedian: number | null };
type Case = { name: string; run: (db: Db) => Promise<unknown> };

const area = (category?: string) => (db: Db) => readAreaCoverage({ filters: { category, verifiedOnly: false } }, db);
const cases: Case[] = [
  { name: "ward × category counts (124 × 24)", run: (db) => readWardCategoryMatrix({ verifiedOnly: false }, db) },
  { name: "category × place counts", run: (db) => readCategoryCoverage({ verifiedOnly: false }, db) },
  { name: "wards + places, every category (counts, gap rank, access)", run: area() },
  { name: "wards + places, a common category (nature)", run: area("nature-green-and-blue-space") },
  { name: "wards + places, a middling category (theatre)", run: area("theatre-and-performance") },
  { name: "wards + places, a rare category (walking groups)", run: area("walking-groups") },
  {
    name: "whole /insights page (all its queries)",
    run: (db) =>
      Promise.all([
        area()(db),
        readCategoryCoverage({ verifiedOnly: false }, db),
        readListingTrend({ filters: { verifiedOnly: false } }, db),
        readUnmetDemand({}, db),
      ]),
  },
];

/** CPU time the backend has used so far, in ms; null where /proc is not available. */
function backendCpu(pid: number): number | null {
  const file = `/proc/${pid}/schedstat`;
  return existsSync(file) ? Number(readFileSync(file, "utf8").split(" ")[0]) / 1e6 : null;
}

async function time(db: Db, pid: number): Promise<Record<string, Timing>> {
  const out: Record<string, Timing> = {};
  const pick = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * q) - 1)]!;
  for (const c of cases) {
    await c.run(db); // warm the cache
    const ms: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const cpuBefore = backendCpu(pid);
      const started = performance.now();
      await c.run(db);
      ms.push(performance.now() - started);
      const cpuAfter = backendCpu(pid);
      if (cpuBefore !== null && cpuAfter !== null) cpu.push(cpuAfter - cpuBefore);
    }
    out[c.name] = { median: pick(ms, 0.5), p95: pick(ms, 0.95), cpuMedian: cpu.length ? pick(cpu, 0.5) : null };
    const t = out[c.name]!;
    console.log(
      `  ${c.name}: median ${t.median.toFixed(0)} ms, p95 ${t.p95.toFixed(0)} ms, database CPU ${t.cpuMedian?.toFixed(0) ?? "–"} ms`,
    );
  }
  return out;
}

/** The backend pid of the client's one connection, with parallel workers off so all the work happens in it. */
async function oneBackend(db: Db): Promise<number> {
  await db.$executeRawUnsafe("SET max_parallel_workers_per_gather = 0");
  const [backend] = await db.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
  return backend!.pid;
}

async function main() {
  const cluster = await startPostgresCluster();
  const admin = new pg.Client({ connectionString: cluster.url });
  try {
    await admin.connect();
    await admin.query("CREATE DATABASE wy_bench_insights");
    const url = new URL(cluster.url);
    url.pathname = "/wy_bench_insights";
    await migrate({ connectionString: url.toString() });
    const seeder = new PrismaClient({ adapter: new PrismaPg({ connectionString: url.toString() }) });
    await seedDatabase(seeder, { referenceDataDir });
    await seeder.$executeRawUnsafe("ANALYZE"); // as autovacuum would soon after a real seed
    await seeder.$disconnect();
    // One connection, kept open while the listings are added, so every query runs in the backend whose CPU
    // time we read.
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url.toString(), max: 1, idleTimeoutMillis: 0 }) });
    const seedServices = await db.service.count();
    console.log(`seed: ${seedServices} services`);
    const load = () => readFileSync("/proc/loadavg", "utf8").split(" ")[0];
    console.log(`load average before: ${load()}`);
    const seed = await time(db, await oneBackend(db));

    const added = Math.max(0, TARGET_SERVICES - seedServices);
    // Skewed categories, so there are common, middling and rare ones to time; one in ten waits for review.
    const writer = new pg.Client({ connectionString: url.toString() });
    await writer.connect();
    await writer.query("SET insights.paused = 'on'"); // recount once below, not at every batch (ADR 0041)
    await addSyntheticListings(writer, { count: added, pendingShare: 0.1, categories: "skewed" }, seededRandom(42), () => {});
    const rebuildStarted = performance.now();
    await writer.query("SELECT insights_rebuild()"); // bulk load: recount the aggregates once (ADR 0041)
    console.log(`insights aggregates rebuilt in ${((performance.now() - rebuildStarted) / 1000).toFixed(1)} s`);
    await writer.query("ANALYZE");
    await writer.end();
    const services = await db.service.count();
    console.log(`synthetic: +${added} services at real postcodes, ${services} in all`);
    const large = await time(db, await oneBackend(db));
    console.log(`load average after: ${load()}`);
    await db.$disconnect();

    const cell = (t: Timing) => `${t.median.toFixed(0)} (${t.p95.toFixed(0)}) / ${t.cpuMedian?.toFixed(0) ?? "–"}`;
    const table = [
      `| query | ${seedServices.toLocaleString("en-GB")} services | ${services.toLocaleString("en-GB")} services |`,
      "|---|---:|---:|",
      ...cases.map((c) => `| ${c.name} | ${cell(seed[c.name]!)} | ${cell(large[c.name]!)} |`),
    ].join("\n");
    console.log(`\n${table}\n`);
    mkdirSync("bench-results", { recursive: true });
    console.log("cells: wall-clock median (p95) / database CPU median, in ms");
    writeFileSync("bench-results/insights.json", JSON.stringify({ runs: RUNS, seedServices, services, seed, large }, null, 2));
    // One line for scripts: database time (CPU when readable, else wall) of one whole page's statistics.
    const page = large["whole /insights page (all its queries)"]!;
    const pageStatsMs = Math.round(page.cpuMedian ?? page.median);
    console.log(JSON.stringify({ bench: "insights", services, page_stats_ms: pageStatsMs, page_wall_ms: Math.round(page.median) }));
  } finally {
    await admin.end().catch(() => {});
    cluster.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
