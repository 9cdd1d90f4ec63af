import { describe, expect, it } from "vitest";
import { searchTargetLines, searchTargetsMet } from "./search-targets";

const figures = { use_case_p95_ms: 12, sql_p95_ms: 11, page_rps: 70, page_vs_health: 0.1 };

describe("search benchmark targets", () => {
  it("checks each size against its own targets", () => {
    expect(searchTargetLines(100_000, figures)).toEqual([
      "- search statement p95: 11 ms, target ≤ 10 ms — **not met**",
      "- search use case p95: 12 ms, target ≤ 15 ms — **met**",
      "- /search page throughput (8 connections): 70 req/s, target ≥ 60 req/s — **met**",
    ]);
    expect(searchTargetsMet(100_000, figures)).toBe(false);
    expect(searchTargetsMet(1_000_000, figures)).toBe(true);
    expect(searchTargetsMet(0, figures)).toBe(false);
    expect(searchTargetsMet(5000, figures)).toBeNull();
  });
});
