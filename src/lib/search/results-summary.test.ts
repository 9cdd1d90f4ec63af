import { describe, expect, it } from "vitest";
import { parseSearchParams } from "@/lib/validation/search";
import { partialMatchNote, resultsHeadline, resultsRange } from "./results-summary";

const q = (raw: Record<string, string>) => parseSearchParams(raw).query;
const base = { page: 1, pageSize: 20, originLabel: null, matchedAnyWord: false };

describe("results summary", () => {
  it("says how many, where and in what order", () => {
    const near = q({ postcode: "HX1 1AA", radius: "2" });
    expect(resultsHeadline(near, { ...base, total: 42, originLabel: "HX1 1AA" })).toBe("42 activities found within 2 km of HX1 1AA");
    expect(resultsRange(near, { ...base, total: 42, page: 3, originLabel: "HX1 1AA" })).toBe("Showing 41 to 42, nearest to HX1 1AA first.");
    expect(resultsHeadline(q({ q: "choir" }), { ...base, total: 1 })).toBe("1 activity found matching “choir”");
    expect(resultsRange(q({ q: "choir" }), { ...base, total: 1 })).toBe("Showing all, best matches first.");
    expect(resultsHeadline(q({ bbox: "-1.9,53.7,-1.8,53.75" }), { ...base, total: 1500 })).toBe("1,500 activities found in the map area");
  });

  it("is honest about partial word matches and empty results", () => {
    expect(resultsHeadline(q({ q: "karate museum" }), { ...base, total: 3, matchedAnyWord: true })).toBe(
      "3 activities found matching some of “karate museum”",
    );
    expect(resultsHeadline(q({ postcode: "BD7", radius: "1" }), { ...base, total: 0, originLabel: "BD7" })).toBe(
      "No activities found within 1 km of BD7",
    );
    expect(resultsRange(q({}), { ...base, total: 0 })).toBe("");
  });

  it("says how many some-of-the-words matches it left out", () => {
    expect(partialMatchNote(3, 3)).toBe("No listing has all of your words, so these have some of them.");
    expect(partialMatchNote(20, 471)).toContain("These 20 have the most of them (rarer words count more), out of 471 with some of them");
  });
});
