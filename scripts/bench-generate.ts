// `npm run bench:generate -- --services N`: only the benchmarks' data, timed — a throwaway cluster, migrated,
// the real seed, synthetic listings up to N published services (COPY with triggers off, then the derived tables
// rebuilt), VACUUM ANALYZE; prints the row counts and one JSON line of timings, then drops everything.
import { createBenchDatabase } from "./lib/bench/bench-database";
import { servicesOption } from "./lib/bench/services-option";

const log = (line: string) => console.log(`[bench:generate] ${line}`);

async function main() {
  const services = servicesOption();
  const started = performance.now();
  const bench = await createBenchDatabase({ name: "wy_bench_generate", services, log });
  try {
    const total_s = Number(((performance.now() - started) / 1000).toFixed(1));
    log(`rows: ${JSON.stringify(bench.counts)}`);
    const counts = Object.fromEntries(Object.entries(bench.counts).map(([k, v]) => [k, Number(v)]));
    console.log(JSON.stringify({ bench: "generate", services: counts.services, ...bench.generation, total_s, counts }));
  } finally {
    await bench.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
