import type { GenerationTimes } from "./bench-database";
import { sizeKey, sizeLabel } from "./services-option";
import { machineLine, writeSection } from "./write-report";

export type Timing = { median: number; p95: number; cpuMedian: number | null };

const cell = (t: Timing | undefined) => (t ? `${t.median.toFixed(0)} (${t.p95.toFixed(0)}) / ${t.cpuMedian?.toFixed(0) ?? "–"}` : "–");

/** The `bench:insights` section for one size: the statistics at the seed and at that size, side by side. */
export function writeInsightsReport(input: {
  size: number;
  names: string[];
  runs: number;
  seedServices: number;
  services: number;
  seed: Record<string, Timing>;
  large: Record<string, Timing> | null;
  generation: GenerationTimes | null;
  /** Rows of synthetic unmet demand added with the listings (scripts/lib/bench/unmet-demand.ts). */
  demandRows?: number;
  loads?: number[];
}): string {
  const n = (x: number) => x.toLocaleString("en-GB");
  const header = input.large
    ? [`| query | ${n(input.seedServices)} services | ${n(input.services)} services |`, "|---|---:|---:|"]
    : [`| query | ${n(input.seedServices)} services |`, "|---|---:|"];
  const rows = input.names.map((name) =>
    input.large ? `| ${name} | ${cell(input.seed[name])} | ${cell(input.large[name])} |` : `| ${name} | ${cell(input.seed[name])} |`,
  );
  const g = input.generation;
  const text = `## Insights statistics at ${sizeLabel(input.size, input.services)}

Measured by \`npm run bench:insights -- --services ${sizeKey(input.size)}\` on ${new Date().toISOString().slice(0, 10)} (it rewrites this section). Each cell is
the median of ${input.runs} runs after one warm-up: **wall-clock median (p95) / database CPU median**, in ms, on one
connection with parallel workers off.

${machineLine(input.loads ?? [])}
${
  g
    ? `- The real seed, then synthetic listings at real postcodes (categories skewed, 90% published): generated in ${g.load_s} s (COPY), derived tables rebuilt in ${g.rebuild_s} s, VACUUM ANALYZE ${g.vacuum_s} s.
- With them, unmet demand for every month × ward × category × outcome (${n(input.demandRows ?? 0)} rows of \`search_demand\`, the most West Yorkshire allows; the seed has none).`
    : "- The real seed alone, no synthetic listings."
}

${[...header, ...rows].join("\n")}
`;
  return writeSection(`insights:${sizeKey(input.size)}`, text);
}
