import { describe, expect, it } from "vitest";
import { percentile, summarise } from "./stats";

describe("benchmark statistics", () => {
  it("takes percentiles by nearest rank", () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile([7], 99)).toBe(7);
    expect(summarise([1, 2, 3, 4])).toEqual({ n: 4, p50: 2, p95: 4, p99: 4, mean: 2.5 });
  });
});

describe("performance report sections", () => {
  it("rewrites only the search section of docs/performance.md, keeping the others", async () => {
    const { replaceSection } = await import("./write-report");
    const page = "# Performance\n\n<!-- bench:search -->\n## Search\nold\n<!-- /bench:search -->\n\n## Insights\nkept\n";
    const next = replaceSection(page, "## Search\nnew\n");
    expect(next).toContain("## Search\nnew\n<!-- /bench:search -->");
    expect(next).not.toContain("old");
    expect(next).toContain("## Insights\nkept");
    expect(replaceSection("# Performance\n", "## Search\nfirst\n")).toBe(
      "# Performance\n\n<!-- bench:search -->\n## Search\nfirst\n<!-- /bench:search -->\n",
    );
  });

  it("puts a new size after the same benchmark's other sizes, and rewrites each size on its own", async () => {
    const { replaceSection } = await import("./write-report");
    const page = "# P\n\n<!-- bench:search:seed -->\nseed\n<!-- /bench:search:seed -->\n\n<!-- bench:api -->\napi\n<!-- /bench:api -->\n";
    const next = replaceSection(page, "big", "search:100000");
    expect(next.indexOf("big")).toBeGreaterThan(next.indexOf("/bench:search:seed"));
    expect(next.indexOf("big")).toBeLessThan(next.indexOf("bench:api"));
    const again = replaceSection(next, "bigger", "search:100000");
    expect(again).toContain("seed\n<!-- /bench:search:seed -->");
    expect(again).toContain("<!-- bench:search:100000 -->\nbigger\n<!-- /bench:search:100000 -->");
    expect(again).not.toContain("big\n");
    const small = replaceSection(again, "tiny", "search:20000");
    expect(small.indexOf("tiny")).toBeGreaterThan(small.indexOf("/bench:search:seed"));
    expect(small.indexOf("tiny")).toBeLessThan(small.indexOf("bench:search:100000"));
  });
});
