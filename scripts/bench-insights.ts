// npm run bench:insights -- --services N — how long the coverage statistics take on the real seed and on N
// services (default 100,000; `seed` for the seed alone; BENCH_SERVICES as a fallback). Starts a throwaway
// PostgreSQL cluster (scripts/lib/postgres-cluster.mjs), migrates and seeds it with the West Yorkshire data,
// times the queries, adds synthetic listings at real postcodes up to N (scripts/lib/bench/synthetic-listings.ts,
// shared with bench:search), times them again, rewrites the section for its size in docs/performance.md,
// writes bench-results/insights.json and ends with one JSON line of its figures.
//
// Two figures per query: wall-clock time as the app sees it, and the CPU time the database server spent
// (from /proc/<backend pid>/schedstat; one connection, no parallel workers, so all the work is in that
// backend). On a machine shared with other work the wall time varies with their load; the CPU time much less.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
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
import { loadSyntheticListings, type GenerationTimes } from "./lib/bench/bench-database";
import { writeInsightsReport, type Timing } from "./lib/bench/insights-report";
import { servicesOption } from "./lib/bench/services-option";
import { fillUnmetDemand } from "./lib/bench/unmet-demand";
import { resolveReferenceDataDir } from "@/server/seed/reference-files";

const TARGET_SERVICES = servicesOption();
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const referenceDataDir = resolveReferenceDataDir();

type Db = PrismaClient;
type Case = { name: string; run: (db: Db) => Promise<unknown> };

const area = (category?: string) => (db: Db) => readAreaCoverage({ filters: { category, verifiedOnly: false } }, db);
const PAGE = "whole /insights page (all its queries)";
const LEEDS = "E08000035";
const cases: Case[] = [
  { name: "ward × category counts (124 × 24)", run: (db) => readWardCategoryMatrix({ verifiedOnly: false }, db) },
  { name: "category × place counts", run: (db) => readCategoryCoverage({ verifiedOnly: false }, db) },
  { name: "wards + places, every category (counts, gap rank, access)", run: area() },
  { name: "wards + places, a common category (nature)", run: area("nature-green-and-blue-space") },
  { name: "wards + places, a middling category (theatre)", run: area("theatre-and-performance") },
  { name: "wards + places, a rare category (walking groups)", run: area("walking-groups") },
  { name: "growth trend, every listing", run: (db) => readListingTrend({ filters: { verifiedOnly: false } }, db) },
  {
    name: "growth trend, a place and category, verified only",
    run: (db) => readListingTrend({ filters: { category: "walking-groups", verifiedOnly: true }, place: LEEDS }, db),
  },
  { name: "unmet demand, the page's tables (12 months)", run: (db) => readUnmetDemand({ detail: false }, db) },
  { name: "unmet demand with every month × ward × category (CSV export)", run: (db) => readUnmetDemand({}, db) },
  {
    name: PAGE,
    run: (db) =>
      Promise.all([
        area()(db),
        readCategoryCoverage({ verifiedOnly: false }, db),
        readListingTrend({ filters: { verifiedOnly: false } }, db),
        readUnmetDemand({ detail: false }, db),
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
    const loads: number[] = [];
    const sampler = setInterval(() => loads.push(loadavg()[0]!), 2000);
    const seed = await time(db, await oneBackend(db));

    const added = Math.max(0, TARGET_SERVICES - seedServices);
    let large: Record<string, Timing> | null = null;
    let generation: GenerationTimes | null = null;
    let services = seedServices;
    let demandRows = 0;
    if (added > 0) {
      // Skewed categories, so there are common, middling and rare ones to time; one in ten waits for review.
      const writer = new pg.Client({ connectionString: url.toString() });
      await writer.connect();
      const mix = { count: added, pendingShare: 0.1, categories: "skewed" } as const;
      generation = await loadSyntheticListings(writer, mix, seededRandom(42), () => {});
      demandRows = await fillUnmetDemand(writer);
      await writer.end();
      services = await db.service.count();
      console.log(`synthetic: +${added} services at real postcodes, ${services} in all (${JSON.stringify(generation)})`);
      large = await time(db, await oneBackend(db));
    }
    clearInterval(sampler);
    console.log(`load average after: ${load()}`);
    await db.$disconnect();

    const names = cases.map((c) => c.name);
    const report = writeInsightsReport({
      size: TARGET_SERVICES,
      names,
      runs: RUNS,
      seedServices,
      services,
      seed,
      large,
      generation,
      demandRows,
      loads,
    });
    console.log(`wrote ${report}`);
    mkdirSync("bench-results", { recursive: true });
    writeFileSync("bench-results/insights.json", JSON.stringify({ runs: RUNS, seedServices, services, seed, large }, null, 2));
    const page = (large ?? seed)[PAGE]!;
    const round = (n: number | null) => (n === null ? null : Number(n.toFixed(1)));
    console.log(
      JSON.stringify({
        bench: "insights",
        services,
        page_stats_ms: round(page.median),
        page_stats_p95_ms: round(page.p95),
        page_stats_cpu_ms: round(page.cpuMedian),
        ward_category_ms: round((large ?? seed)[cases[0]!.name]!.median),
        seed_page_stats_ms: round(seed[PAGE]!.median),
        ...generation,
      }),
    );
  } finally {
    await admin.end().catch(() => {});
    cluster.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
