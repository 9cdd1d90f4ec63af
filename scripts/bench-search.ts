// `npm run bench:search`: the search benchmark. Builds its own throwaway PostgreSQL (never your database),
// migrates it, loads the real West Yorkshire seed, synthesises listings up to `--services N` (default 100,000;
// `seed` or 0 for the seed alone; BENCH_SERVICES as a fallback), then measures
//   1. the search use case (searchServices) and the same SQL run directly with `pg`, over a query mix, and
//   2. requests per second of /search under local load (autocannon → `next start` on 127.0.0.1), and of
//      /api/health straight after (the page's throughput relative to the cheapest route),
// writes the section for its size in docs/performance.md and ends with one JSON line of its figures.
// Options: BENCH_QUERIES (default 400), BENCH_LOAD_SECONDS (default 20).
import { loadavg } from "node:os";
import type pg from "pg";
import { parseSearchParams } from "@/lib/validation/search";
import type { createPrismaClient } from "@/server/db/client";
import { searchServices } from "@/server/search/search-services";
import { createBenchDatabase } from "./lib/bench/bench-database";
import { resolvedSqlFor } from "./lib/bench/resolved-sql";
import { buildQueryMix, type BenchQuery } from "./lib/bench/query-mix";
import { loadTestSearch } from "./lib/bench/load-test";
import { searchTargetsMet, type SearchFigures } from "./lib/bench/search-targets";
import { servicesOption } from "./lib/bench/services-option";
import { summarise } from "./lib/bench/stats";
import { seededRandom } from "./lib/bench/random";
import { writePerformanceReport, type Measured } from "./lib/bench/write-report";

const TARGET = servicesOption();
const QUERIES = Number(process.env.BENCH_QUERIES ?? 400);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20);
const log = (line: string) => console.log(`[bench] ${line}`);

async function main() {
  // Published only, every category as likely (createBenchDatabase's default).
  const bench = await createBenchDatabase({ name: "wy_bench", services: TARGET, log });
  try {
    const { client, db, counts, serverVersion, generation } = bench;
    const mix = await buildQueryMix(client, QUERIES, seededRandom(7));
    const loads: number[] = [];
    const sampler = setInterval(() => loads.push(loadavg()[0]!), 2000);
    const measured = await measure(mix, db, client);

    log(`load test of /search for ${LOAD_SECONDS} s …`);
    const load = await loadTestSearch({ databaseUrl: bench.url, queries: mix, seconds: LOAD_SECONDS, log });
    clearInterval(sampler);
    const round = (n: number) => Number(n.toFixed(1));
    const all = { useCase: summarise(measured.all?.useCase ?? []), raw: summarise(measured.all?.raw ?? []) };
    const figures: SearchFigures = {
      use_case_p95_ms: round(all.useCase.p95),
      sql_p95_ms: round(all.raw.p95),
      page_rps: round(load.requests.average),
      page_vs_health: Number((load.requests.average / load.health.requests.average).toFixed(3)),
    };
    const report = writePerformanceReport({
      services: TARGET,
      counts,
      generation,
      figures,
      loads,
      serverVersion,
      measured,
      load,
      queries: QUERIES,
    });
    log(`wrote ${report}`);
    console.log(
      JSON.stringify({
        bench: "search",
        services: Number(counts.services),
        ...figures,
        use_case_p50_ms: round(all.useCase.p50),
        sql_p50_ms: round(all.raw.p50),
        health_rps: round(load.health.requests.average),
        targets_met: searchTargetsMet(TARGET, figures),
        page_non2xx: load.non2xx + load.errors,
        ...generation,
        load1: round(loads.reduce((a, b) => a + b, 0) / Math.max(1, loads.length)),
      }),
    );
  } finally {
    await bench.stop();
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
