// npm run bench:insights — how long the coverage statistics take on the real seed and on 100,000 listings.
// Starts a throwaway PostgreSQL cluster (scripts/lib/postgres-cluster.mjs), migrates and seeds it with the
// West Yorkshire data, times the queries, adds synthetic listings at real postcodes up to 100,000 services,
// times them again, prints a Markdown table for docs/performance.md and writes bench-results/insights.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import pg from "pg";
import { createPrismaClient } from "@/server/db/client";
import { migrate } from "@/server/db/migrate";
import { readAreaCoverage } from "@/server/coverage/read-area-coverage";
import { readCategoryCoverage } from "@/server/coverage/read-category-coverage";
import { readListingTrend } from "@/server/coverage/read-listing-trend";
import { readWardCategoryMatrix } from "@/server/coverage/read-ward-category-matrix";
import { readUnmetDemand } from "@/server/insights/read-unmet-demand";
import { seedDatabase } from "@/server/seed/seed-database";
import { startPostgresCluster } from "./lib/postgres-cluster.mjs";
import { addSyntheticListings } from "./lib/synthetic-listings";

const TARGET_SERVICES = Number(process.env.BENCH_SERVICES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const referenceDataDir = resolve(process.env.REFERENCE_DATA_DIR ?? "../shared/data/west-yorkshire");

type Db = ReturnType<typeof createPrismaClient>;
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
    name: "whole /insights page (all queries, in parallel)",
    run: (db) =>
      Promise.all([
        area()(db),
        readCategoryCoverage({ verifiedOnly: false }, db),
        readListingTrend({ filters: { verifiedOnly: false } }, db),
        readUnmetDemand({}, db),
      ]),
  },
];

async function time(db: Db): Promise<Record<string, { median: number; p95: number }>> {
  const out: Record<string, { median: number; p95: number }> = {};
  for (const c of cases) {
    await c.run(db); // warm the cache and the connection pool
    const ms: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await c.run(db);
      ms.push(performance.now() - started);
    }
    ms.sort((a, b) => a - b);
    out[c.name] = { median: ms[Math.floor(ms.length / 2)]!, p95: ms[Math.min(ms.length - 1, Math.ceil(ms.length * 0.95) - 1)]! };
    console.log(`  ${c.name}: median ${out[c.name]!.median.toFixed(0)} ms, p95 ${out[c.name]!.p95.toFixed(0)} ms`);
  }
  return out;
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
    const db = createPrismaClient(url.toString());
    await seedDatabase(db, { referenceDataDir });
    await db.$executeRawUnsafe("ANALYZE"); // as autovacuum would soon after a real seed
    const seedServices = await db.service.count();
    console.log(`seed: ${seedServices} services`);
    const seed = await time(db);

    const added = await addSyntheticListings(db, TARGET_SERVICES - seedServices);
    const services = await db.service.count();
    console.log(`synthetic: +${added} services at real postcodes, ${services} in all`);
    const large = await time(db);
    await db.$disconnect();

    const rows = cases.map(
      (c) => `| ${c.name} | ${seed[c.name]!.median.toFixed(0)} (${seed[c.name]!.p95.toFixed(0)}) | ${large[c.name]!.median.toFixed(0)} (${large[c.name]!.p95.toFixed(0)}) |`,
    );
    const table = [
      `| query | ${seedServices.toLocaleString("en-GB")} services: median (p95) ms | ${services.toLocaleString("en-GB")} services: median (p95) ms |`,
      "|---|---:|---:|",
      ...rows,
    ].join("\n");
    console.log(`\n${table}\n`);
    mkdirSync("bench-results", { recursive: true });
    writeFileSync("bench-results/insights.json", JSON.stringify({ runs: RUNS, seedServices, services, seed, large }, null, 2));
  } finally {
    await admin.end().catch(() => {});
    cluster.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
