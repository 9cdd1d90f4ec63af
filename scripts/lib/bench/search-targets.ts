// Issue 13's targets for the search benchmark, by size (benchmarks on the shared 2-core machine, not tests).

export type SearchFigures = { use_case_p95_ms: number; sql_p95_ms: number; page_rps: number; page_vs_health: number };

type Target = { what: string; figure: keyof SearchFigures; atMost?: number; atLeast?: number; unit: string };

const TARGETS: Record<number, Target[]> = {
  0: [{ what: "/search page throughput relative to /api/health", figure: "page_vs_health", atLeast: 0.2, unit: "×" }],
  100_000: [
    { what: "search statement p95", figure: "sql_p95_ms", atMost: 10, unit: " ms" },
    { what: "search use case p95", figure: "use_case_p95_ms", atMost: 15, unit: " ms" },
    { what: "/search page throughput (8 connections)", figure: "page_rps", atLeast: 60, unit: " req/s" },
  ],
  1_000_000: [{ what: "search use case p95", figure: "use_case_p95_ms", atMost: 40, unit: " ms" }],
};

/** Each target for this size, met or not, as Markdown list items; [] for sizes without targets. */
export function searchTargetLines(services: number, figures: SearchFigures): string[] {
  return (TARGETS[services] ?? []).map((t) => {
    const value = figures[t.figure];
    const met = t.atMost !== undefined ? value <= t.atMost : value >= t.atLeast!;
    const bound = t.atMost !== undefined ? `≤ ${t.atMost}${t.unit}` : `≥ ${t.atLeast}${t.unit}`;
    return `- ${t.what}: ${value}${t.unit}, target ${bound} — **${met ? "met" : "not met"}**`;
  });
}

/** Whether every target for this size is met (null when the size has none). */
export function searchTargetsMet(services: number, figures: SearchFigures): boolean | null {
  const lines = searchTargetLines(services, figures);
  return lines.length ? lines.every((l) => l.endsWith("**met**")) : null;
}
