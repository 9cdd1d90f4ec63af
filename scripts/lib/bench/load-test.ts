import autocannon, { type Result } from "autocannon";
import { searchParamsOf } from "@/lib/search/search-url";
import { parseSearchParams } from "@/lib/validation/search";
import { startNextServer } from "./next-server";
import type { BenchQuery } from "./query-mix";

// /search under local load: `next start` against the benchmark database, autocannon cycling through the query
// mix; then /api/health with the same connections and time, so the page's throughput can be read relative to
// the cheapest route on the same machine at the same moment (the machine is shared). Bounded in time.

export type SearchLoad = Result & { paths: number; connections: number; health: Result };

export async function loadTestSearch(options: {
  databaseUrl: string;
  queries: BenchQuery[];
  seconds: number;
  log: (line: string) => void;
}): Promise<SearchLoad> {
  const app = await startNextServer(options);
  try {
    const paths = options.queries.slice(0, 100).map((q) => `/search?${searchParamsOf(parseSearchParams(q.params).query)}`);
    for (const path of paths.slice(0, 20)) await fetch(`${app.base}${path}`); // warm up the server
    const connections = 8;
    const result = await autocannon({ url: app.base, connections, duration: options.seconds, requests: paths.map((path) => ({ path })) });
    const health = await autocannon({ url: `${app.base}/api/health`, connections, duration: options.seconds });
    return { ...result, paths: paths.length, connections, health };
  } finally {
    await app.stop();
  }
}
