import { describe, expect, it } from "vitest";
import { rankingReliability } from "./ranking";

describe("rankingReliability", () => {
  it("is too few below one listing per ward shown", () => {
    expect(rankingReliability(0, 124).tooFew).toBe(true);
    expect(rankingReliability(123, 124).tooFew).toBe(true);
    expect(rankingReliability(124, 124).tooFew).toBe(false);
    // A place's wards: 17 in Calderdale.
    expect(rankingReliability(16, 17).tooFew).toBe(true);
    expect(rankingReliability(40, 17).tooFew).toBe(false);
  });

  it("has nothing to warn about when no ward is shown", () => {
    expect(rankingReliability(0, 0).tooFew).toBe(false);
  });
});
