import { describe, expect, it } from "vitest";
import { factFiltersOf, factTiersText, unstatedExplanation } from "./fact-filters";

const q = (over: Partial<Parameters<typeof factTiersText>[0]> = {}) => ({ free: false, accessibility: [], access: [], ...over });

describe("fact filter words", () => {
  it("knows which filters are on facts a listing may not state", () => {
    expect(factFiltersOf(q())).toEqual([]);
    expect(factFiltersOf(q({ free: true, day: "tue", accessibility: ["step-free-access"], access: ["drop_in"] }))).toEqual([
      "cost",
      "schedule",
      "accessibility",
      "access",
    ]);
  });

  it("counts each group for one filter in its own words", () => {
    expect(factTiersText(q({ free: true }), { confirmed: 3, openData: 12, unstated: 69 })).toBe(
      "3 confirmed free · 12 free according to open data · 69 cost not stated — ask them",
    );
    expect(factTiersText(q({ day: "tue", time: "morning" }), { confirmed: 0, openData: 2, unstated: 5 })).toBe(
      "2 on Tuesday mornings according to open data · 5 days and times not stated — ask them",
    );
    expect(factTiersText(q({ accessibility: ["step-free-access"] }), { confirmed: 1, openData: 0, unstated: 0 })).toBe(
      "1 confirmed with step-free access",
    );
  });

  it("words several filters as matches, and names the facts that may be missing", () => {
    expect(factTiersText(q({ free: true, day: "tue" }), { confirmed: 1, openData: 2, unstated: 1_200 })).toBe(
      "1 confirmed match · 2 matches according to open data · 1,200 cost or days and times not stated — ask them",
    );
    expect(unstatedExplanation(["cost", "schedule", "accessibility"])).toContain("cost, days and times or accessibility");
  });
});
