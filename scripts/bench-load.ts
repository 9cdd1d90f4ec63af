// `npm run bench:load`: mixed public traffic against a production build on PostgreSQL with the real seed (never
// your database: a throwaway cluster, or a new database on BENCH_ADMIN_URL, dropped afterwards). 16 connections
// for 60 s by default (BENCH_LOAD_CONNECTIONS, BENCH_LOAD_SECONDS) over search (postcodes, words, filters),
// listing pages, adding to the shortlist (the real no-JavaScript form post), the shortlist page and insights.
// Prints p50/p99 per route, errors, 5xx, the app's resident memory at the start and the end, and, last, one JSON
// line of figures. Exits 1 on any network error, 5xx or other unexpected status. `npm test` runs it short.
import { availableParallelism, loadavg } from "node:os";
import pg from "pg";
import { placeCodes } from "@/lib/places";
import { searchParamsOf } from "@/lib/search/search-url";
import { parseSearchParams } from "@/lib/validation/search";
import { createPrismaClient } from "@/server/db/client";
import { migrate } from "@/server/db/migrate";
import { resolveReferenceDataDir } from "@/server/seed/reference-files";
import { seedDatabase } from "@/server/seed/seed-database";
import { startNextServer } from "./lib/bench/next-server";
import { runMixedTraffic, type TrafficRequest } from "./lib/bench/mixed-traffic";
import { processTreeRssMb } from "./lib/bench/process-rss";
import { buildQueryMix } from "./lib/bench/query-mix";
import { pick, seededRandom } from "./lib/bench/random";
import { shortlistFormOf } from "./lib/bench/shortlist-form";
import { startPostgresCluster } from "./lib/postgres-cluster.mjs";

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 16);
const log = (line: string) => console.log(`[bench:load] ${line}`);

async function main() {
  const cluster = process.env.BENCH_ADMIN_URL ? undefined : await startPostgresCluster();
  const adminUrl = process.env.BENCH_ADMIN_URL ?? cluster!.url;
  const dbName = `wy_load_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const dbUrl = url.toString();
  try {
    log("migrating and loading the real seed …");
    await migrate({ connectionString: dbUrl });
    const db = createPrismaClient(dbUrl);
    await seedDatabase(db, { referenceDataDir: resolveReferenceDataDir() });
    await db.$disconnect();
    const client = new pg.Client({ connectionString: dbUrl });
    await client.connect();
    const random = seededRandom(11);
    const searches = (await buildQueryMix(client, 300, seededRandom(7))).map(
      (q) => `/search?${searchParamsOf(parseSearchParams(q.params).query)}`,
    );
    const ids = (await client.query<{ id: string }>("SELECT id FROM service WHERE listing_status = 'published' ORDER BY id")).rows.map(
      (r) => r.id,
    );
    await client.end();
    const categories = ["singing-and-choirs", "visual-arts", "dance", "music", "gardening-and-food-growing"];
    const insights = ["/insights", ...placeCodes.map((p) => `/insights?place=${p}`), ...categories.map((c) => `/insights?category=${c}`)];

    const app = await startNextServer({ databaseUrl: dbUrl, log });
    const { base, server } = app;
    try {
      const shortlist = await shortlistFormOf(base, ids[0]!);
      const next = (): TrafficRequest => {
        const r = random();
        if (r < 0.4) return { route: "search", path: pick(random, searches) };
        if (r < 0.65) return { route: "listing", path: `/services/${pick(random, ids)}` };
        if (r < 0.8) {
          const id = pick(random, ids);
          return {
            route: "shortlist add",
            path: `/services/${id}`,
            method: "POST",
            body: () => shortlist.body(id),
            headers: shortlist.headers,
          };
        }
        if (r < 0.85) return { route: "shortlist page", path: "/shortlist" };
        return { route: "insights", path: pick(random, insights) };
      };
      log("warming up …");
      await runMixedTraffic({ base, connections: 2, seconds: Math.min(10, Math.max(3, SECONDS / 6)), next });
      const rssStartMb = processTreeRssMb(server.pid!);
      const rssSamples = [rssStartMb];
      const loads: number[] = [];
      const sampler = setInterval(() => {
        rssSamples.push(processTreeRssMb(server.pid!));
        loads.push(loadavg()[0]!);
      }, 5000);
      log(`${SECONDS} s of mixed traffic at ${CONNECTIONS} connections (app RSS ${rssStartMb} MB) …`);
      const result = await runMixedTraffic({ base, connections: CONNECTIONS, seconds: SECONDS, next });
      clearInterval(sampler);
      const rssEndMb = processTreeRssMb(server.pid!);
      for (const [route, f] of Object.entries(result.routes)) {
        log(
          `${route.padEnd(15)} n ${String(f.n).padStart(6)}  p50 ${f.p50.toFixed(0).padStart(5)} ms  p99 ${f.p99.toFixed(0).padStart(5)} ms  errors ${f.errors}  5xx ${f.status5xx}  other ${f.unexpected}`,
        );
      }
      log(`app RSS every 5 s (MB): ${rssSamples.join(" ")} ${rssEndMb}`);
      for (const failure of result.firstFailures) log(`failed: ${failure}`);
      const figures = {
        bench: "load",
        seconds: SECONDS,
        connections: CONNECTIONS,
        requests: result.requests,
        rps: Math.round(result.requests / SECONDS),
        errors: result.errors,
        status5xx: result.status5xx,
        unexpected: result.unexpected,
        rssStartMb,
        rssEndMb,
        rssMaxMb: Math.max(...rssSamples, rssEndMb),
        // The machine's 1-minute load average during the run: figures from a busy machine are not comparable.
        load1: Number((loads.reduce((a, b) => a + b, 0) / Math.max(1, loads.length)).toFixed(1)),
        cpus: availableParallelism(),
        routes: Object.fromEntries(
          Object.entries(result.routes).map(([route, f]) => [route, { n: f.n, p50: Math.round(f.p50), p99: Math.round(f.p99) }]),
        ),
      };
      console.log(JSON.stringify(figures));
      if (result.errors + result.status5xx + result.unexpected > 0) process.exitCode = 1;
    } finally {
      await app.stop();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => {});
    await admin.end();
    cluster?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
