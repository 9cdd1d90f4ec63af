import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import type { GenerationTimes } from "./bench-database";
import type { SearchLoad } from "./load-test";
import { searchTargetLines, type SearchFigures } from "./search-targets";
import { sizeKey, sizeLabel } from "./services-option";
import { summarise } from "./stats";

export type Measured = Record<string, { useCase: number[]; raw: number[] }>;

const ms = (n: number) => n.toFixed(1);

/** docs/performance.md: what was measured, on what, and the numbers against the targets. */
export function writePerformanceReport(input: {
  /** The size asked for (0: the seed alone): names the section. */
  services: number;
  counts: Record<string, string>;
  generation: GenerationTimes;
  figures: SearchFigures;
  /** 1-minute load averages seen during the measurements (the machine is shared). */
  loads: number[];
  serverVersion: string;
  measured: Measured;
  load: SearchLoad;
  queries: number;
}): string {
  const rows = Object.entries(input.measured).map(([kind, m]) => {
    const u = summarise(m.useCase);
    const r = summarise(m.raw);
    return `| ${kind} | ${u.n} | ${ms(u.p50)} | ${ms(u.p95)} | ${ms(u.p99)} | ${ms(r.p50)} | ${ms(r.p95)} | ${(u.p50 / r.p50).toFixed(2)}× | ${(u.p95 / r.p95).toFixed(2)}× |`;
  });
  const all = summarise(input.measured.all?.useCase ?? []);
  const allRaw = summarise(input.measured.all?.raw ?? []);
  const c = input.counts;
  const l = input.load;
  const targets = searchTargetLines(input.services, input.figures);
  const text = `## Search at ${sizeLabel(input.services, Number(c.services))}

Measured by \`npm run bench:search -- --services ${sizeKey(input.services)}\` on ${new Date().toISOString().slice(0, 10)}. Re-run it to refresh this
section (it rewrites the one for its size).

### Set-up

${machineLine(input.loads)}
- PostgreSQL ${input.serverVersion}, a throwaway cluster started by the benchmark (fsync off, as in the tests).
- Data: ${dataLine(input.services, input.generation)}: **${Number(c.services).toLocaleString("en-GB")} published services**, ${Number(c.locations).toLocaleString("en-GB")} venues,
  ${Number(c.schedules).toLocaleString("en-GB")} sessions, ${Number(c.attributes).toLocaleString("en-GB")} category/audience/accessibility links, ${Number(c.words).toLocaleString("en-GB")} words in the
  typo vocabulary.
- Query mix (${input.queries} queries, fixed seed, first 10% as warm-up): 30% postcode + radius (1/2/5 km) + category + day;
  10% postcode + radius (2/5 km) + day + time of day + free + step-free (cost, sessions and accessibility not stated for
  many synthetic listings, so the not-stated tier is large);
  30% free text (including typos such as "choire" and "alotment"); 30% map area ("Search this area", half with a category).
- **Use case** = \`searchServices()\` through Prisma: postcode look-up, spelling correction, the search statement,
  and (when a search needs it) the any-word fallback and the "within 5 km" counts. **Raw SQL** = the same search
  statement run directly with \`pg\`, its look-ups done beforehand. Sequential, one client.

### Search use case vs raw SQL (milliseconds)

| queries | n | use case p50 | p95 | p99 | raw SQL p50 | p95 | overhead p50 | overhead p95 |
|---|---|---|---|---|---|---|---|---|
${rows.join("\n")}

Use-case overhead over the raw SQL under 2× — **${all.p95 / allRaw.p95 < 2 && all.p50 / allRaw.p50 < 2 ? "met" : "not met"}**
(${(all.p50 / allRaw.p50).toFixed(2)}× at p50, ${(all.p95 / allRaw.p95).toFixed(2)}× at p95).

### /search under load

\`next start\` (production build) on 127.0.0.1, autocannon with ${l.connections} connections for ${l.duration.toFixed(0)} s, cycling
through ${l.paths} search URLs from the mix (full server-rendered pages with filters, list and map data; each
search on page 1 also counts unmet demand). Load generator, app and database share the same 2 cores.

| requests/s (mean) | total requests | latency p50 | p97.5 | p99 | non-2xx | errors |
|---|---|---|---|---|---|---|
| ${l.requests.average.toFixed(1)} | ${l.requests.total} | ${l.latency.p50} ms | ${l.latency.p97_5} ms | ${l.latency.p99} ms | ${l.non2xx} | ${l.errors} |

Straight after, \`/api/health\` with the same connections and time: ${l.health.requests.average.toFixed(1)} requests/s, so the search page
serves **${(l.requests.average / l.health.requests.average).toFixed(3)}×** the health check's throughput.
${targets.length ? `\n### Targets at this size (issue 13)\n\n${targets.join("\n")}\n` : ""}`;
  return writeSection(`search:${sizeKey(input.services)}`, text);
}

/** Where the benchmark's listings came from, and how long the synthetic ones took. */
export function dataLine(services: number, g: GenerationTimes): string {
  if (services === 0) return "the real West Yorkshire seed alone, no synthetic listings";
  return `the real West Yorkshire seed plus synthetic listings spread over real postcodes (so density follows
  population), generated in ${g.load_s} s (COPY), derived tables rebuilt in ${g.rebuild_s} s, VACUUM ANALYZE ${g.vacuum_s} s. About 60%
  of synthetic listings have weekly sessions, 60% state cost and way of joining (confirmed when verified, else
  imported), 30% are verified, 5% stale, 3% hidden addresses. In all`;
}

/** The machine and how busy it was (a list item for a report's set-up). */
export function machineLine(loads: number[]): string {
  return `- Machine: ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB memory, shared with other work while measuring:
  1-minute load average ${Math.min(...loads, loadavg()[0]!).toFixed(1)}–${Math.max(...loads, loadavg()[0]!).toFixed(1)} during the run (${cpus().length} would mean every core busy).`;
}

/** Rewrites one benchmark's section of docs/performance.md; returns the file's path. */
export function writeSection(name: string, text: string): string {
  const path = "docs/performance.md";
  writeFileSync(path, replaceSection(existsSync(path) ? readFileSync(path, "utf8") : "# Performance\n", text, name));
  return path;
}

/**
 * docs/performance.md holds several benchmarks' sections, some one per size ("search:seed", "search:100000"):
 * rewrite only this one. The first time, it goes among the same benchmark's other sizes, smallest first, else
 * at the end.
 */
export function replaceSection(page: string, section: string, name = "search"): string {
  const START = `<!-- bench:${name} -->`;
  const END = `<!-- /bench:${name} -->`;
  const block = `${START}\n${section.trimEnd()}\n${END}`;
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  if (start !== -1 && end !== -1) return `${page.slice(0, start)}${block}${page.slice(end + END.length)}`;
  const [bench, size] = name.split(":");
  const order = (s: string | undefined) => (s === "seed" ? 0 : Number(s ?? 0));
  const siblings = [...page.matchAll(new RegExp(`<!-- bench:${bench}:(\\w+) -->`, "g"))];
  const larger = siblings.find((m) => order(m[1]) > order(size));
  if (larger) return `${page.slice(0, larger.index)}${block}\n\n${page.slice(larger.index)}`;
  const last = page.lastIndexOf(`<!-- /bench:${bench}:`);
  if (last === -1) return `${page.trimEnd()}\n\n${block}\n`;
  const after = page.indexOf("-->", last) + 3;
  return `${page.slice(0, after)}\n\n${block}${page.slice(after)}`;
}
