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
