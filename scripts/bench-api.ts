// `npm run bench:api`: the Open Referral API through HTTP at scale. A throwaway PostgreSQL (never your
// database) with the real seed and synthetic listings up to `--services N` published services (`seed` or 0:
// the seed alone; BENCH_SERVICES as a fallback; default 100,000); `next start` (production build, built first
// if missing or older than src/) on 127.0.0.1; then one client, sequentially, after a warm-up:
//   /api/v1/services?search=<word, typos included>          and
//   /api/v1/services?postcode=<real postcode>&proximity=<1000..5000 m>
// (page 1, 50 per page), and optionally autocannon over both. Rewrites the section for its size in
// docs/performance.md and ends with one JSON line of its figures. BENCH_API_REQUESTS per kind (default 300),
// BENCH_API_LOAD_SECONDS (default 10; 0 skips the load test). Exits 1 on any answer other than 200.
import { availableParallelism, loadavg } from "node:os";
import autocannon, { type Result } from "autocannon";
import { writeApiReport, type ApiKind } from "./lib/bench/api-report";
import { createBenchDatabase } from "./lib/bench/bench-database";
import { startNextServer } from "./lib/bench/next-server";
import { TEXT_QUERIES } from "./lib/bench/query-mix";
import { pick, seededRandom } from "./lib/bench/random";
import { servicesOption } from "./lib/bench/services-option";
import { summarise } from "./lib/bench/stats";

const SERVICES = servicesOption();
const REQUESTS = Number(process.env.BENCH_API_REQUESTS ?? 300);
const LOAD_SECONDS = Number(process.env.BENCH_API_LOAD_SECONDS ?? 10);
const TARGET_P95_MS = 50;
const log = (line: string) => console.log(`[bench:api] ${line}`);

async function main() {
  const bench = await createBenchDatabase({ name: "wy_bench_api", services: SERVICES, log });
  try {
    const random = seededRandom(12);
    const postcodes = (await bench.client.query<{ pcd: string }>("SELECT pcd FROM postcode ORDER BY pcd")).rows.map((r) => r.pcd);
    const paths: Record<ApiKind, string[]> = { text: [], postcode: [] };
    for (let i = 0; i < REQUESTS; i++) {
      paths.text.push(`/api/v1/services?${new URLSearchParams({ search: pick(random, TEXT_QUERIES) })}`);
      const proximity = String(1000 + 500 * Math.floor(random() * 9));
      paths.postcode.push(`/api/v1/services?${new URLSearchParams({ postcode: pick(random, postcodes), proximity })}`);
    }
    await bench.client.end();
    await bench.db.$disconnect();

    const app = await startNextServer({ databaseUrl: bench.url, log });
    try {
      const loads: number[] = [];
      const sampler = setInterval(() => loads.push(loadavg()[0]!), 2000);
      const warmUp = Math.ceil(REQUESTS / 10);
      log(`warming up with ${warmUp} requests of each kind, then ${REQUESTS} of each, one at a time …`);
      for (const kind of ["text", "postcode"] as const) await timed(app.base, paths[kind].slice(0, warmUp));
      const measured = await alternate(app.base, paths);
      let load: (Result & { connections: number }) | null = null;
      if (LOAD_SECONDS > 0) {
        log(`autocannon, 4 connections, ${LOAD_SECONDS} s …`);
        const requests = [...paths.text.slice(0, 100), ...paths.postcode.slice(0, 100)].map((path) => ({ path }));
        load = { ...(await autocannon({ url: app.base, connections: 4, duration: LOAD_SECONDS, requests })), connections: 4 };
      }
      clearInterval(sampler);
      const text = summarise(measured.text.ms);
      const postcode = summarise(measured.postcode.ms);
      for (const [kind, s] of [
        ["text", text],
        ["postcode", postcode],
      ] as const)
        log(`${kind.padEnd(9)} n ${s.n}  p50 ${s.p50.toFixed(1)}  p95 ${s.p95.toFixed(1)}  p99 ${s.p99.toFixed(1)} ms`);
      const report = writeApiReport({ ...bench, services: SERVICES, measured, loads, load, requests: REQUESTS, targetMs: TARGET_P95_MS });
      log(`wrote ${report}`);
      const failures = measured.text.failures + measured.postcode.failures + (load ? load.non2xx + load.errors : 0);
      if (failures > 0) process.exitCode = 1;
      const round = (n: number) => Number(n.toFixed(1));
      console.log(
        JSON.stringify({
          bench: "api",
          services: Number(bench.counts.services),
          text_p95_ms: round(text.p95),
          postcode_p95_ms: round(postcode.p95),
          text_p50_ms: round(text.p50),
          postcode_p50_ms: round(postcode.p50),
          text_p99_ms: round(text.p99),
          postcode_p99_ms: round(postcode.p99),
          target_met: text.p95 < TARGET_P95_MS && postcode.p95 < TARGET_P95_MS,
          rps: load ? round(load.requests.average) : null,
          failures,
          load1: round(loads.reduce((a, b) => a + b, 0) / Math.max(1, loads.length)),
          cpus: availableParallelism(),
        }),
      );
    } finally {
      await app.stop();
    }
  } finally {
    await bench.stop();
  }
}

export type Timings = { ms: number[]; failures: number; items: number[] };

/** Sequential GETs: wall-clock time to the whole body, and total_items of each answer. */
async function timed(base: string, paths: string[], into: Timings = { ms: [], failures: 0, items: [] }): Promise<Timings> {
  for (const path of paths) {
    const t = performance.now();
    const response = await fetch(`${base}${path}`);
    const body = await response.text();
    into.ms.push(performance.now() - t);
    if (response.status !== 200) {
      if (into.failures++ === 0) log(`${response.status} for ${path}: ${body.slice(0, 200)}`);
    } else into.items.push((JSON.parse(body) as { total_items: number }).total_items);
  }
  return into;
}

/** One of each kind in turn, so a busy moment on the shared machine falls on both alike. */
async function alternate(base: string, paths: Record<ApiKind, string[]>): Promise<Record<ApiKind, Timings>> {
  const out: Record<ApiKind, Timings> = { text: { ms: [], failures: 0, items: [] }, postcode: { ms: [], failures: 0, items: [] } };
  for (let i = 0; i < REQUESTS; i++) for (const kind of ["text", "postcode"] as const) await timed(base, [paths[kind][i]!], out[kind]);
  return out;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
