import type { Result } from "autocannon";
import { sizeKey, sizeLabel } from "./services-option";
import { summarise } from "./stats";
import { machineLine, writeSection } from "./write-report";

export type ApiKind = "text" | "postcode";

const ms = (n: number) => n.toFixed(1);
const LABEL: Record<ApiKind, string> = {
  text: "`search=<word>`",
  postcode: "`postcode=<postcode>&proximity=<m>`",
};

/** The `bench:api` section of docs/performance.md: set-up, machine, the latency table, target met or not. */
export function writeApiReport(input: {
  /** The size asked for (0: the seed alone): names the section. */
  services: number;
  counts: Record<string, string>;
  serverVersion: string;
  measured: Record<ApiKind, { ms: number[]; failures: number; items: number[] }>;
  loads: number[];
  load: (Result & { connections: number }) | null;
  requests: number;
  targetMs: number;
}): string {
  const c = input.counts;
  const kinds = Object.keys(input.measured) as ApiKind[];
  const rows = kinds.map((kind) => {
    const m = input.measured[kind];
    const s = summarise(m.ms);
    const items = summarise(m.items);
    return `| ${LABEL[kind]} | ${s.n} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${items.p50} | ${m.failures} |`;
  });
  const met = kinds.every((kind) => summarise(input.measured[kind].ms).p95 < input.targetMs);
  const l = input.load;
  const load = l
    ? `
Throughput: autocannon, ${l.connections} connections for ${l.duration.toFixed(0)} s over 200 of the URLs above (both kinds):
${l.requests.average.toFixed(1)} requests/s, latency p50 ${l.latency.p50} ms, p99 ${l.latency.p99} ms, ${l.non2xx} non-2xx, ${l.errors} errors.
`
    : "";
  const text = `## Open Referral API (/api/v1/services) at ${sizeLabel(input.services, Number(c.services))}

Measured by \`npm run bench:api -- --services ${sizeKey(input.services)}\` on ${new Date().toISOString().slice(0, 10)}. Re-run it to refresh this
section (it rewrites the one for its size).

### Set-up

${machineLine(input.loads)}
- PostgreSQL ${input.serverVersion}, a throwaway cluster started by the benchmark (fsync off, as in the tests); the same data
  as the search benchmark: **${Number(c.services).toLocaleString("en-GB")} published services**, ${Number(c.locations).toLocaleString("en-GB")} venues, ${Number(c.schedules).toLocaleString("en-GB")} sessions.
- \`next start\` (production build) on 127.0.0.1; one client, one request at a time, the whole JSON body read;
  page 1, 50 per page. ${input.requests} requests of each kind, the two kinds in turn, after a warm-up of a tenth as many.
- Words from the search benchmark's mix (typos such as "choire" and "alotment" included); real West Yorkshire
  postcodes with proximity 1,000 to 5,000 m.

### Latency through HTTP (milliseconds)

| request | n | p50 | p95 | p99 | total_items (median) | not 200 |
|---|---|---|---|---|---|---|
${rows.join("\n")}

Target: p95 under ${input.targetMs} ms for both at 100,000 services (this run: ${Number(c.services).toLocaleString("en-GB")}) — **${met ? "met" : "not met"}**.
${load}`;
  return writeSection(`api:${sizeKey(input.services)}`, text);
}
