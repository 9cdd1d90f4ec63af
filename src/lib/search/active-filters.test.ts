import { describe, expect, it } from "vitest";
import { parseSearchParams } from "@/lib/validation/search";
import { activeFilters } from "./active-filters";

describe("activeFilters", () => {
  it("names each filter and links to the search without it, keeping everything else", () => {
    const { query } = parseSearchParams({
      postcode: "BD7 1DP",
      radius: "2",
      category: ["visual-arts", "walking-groups"],
      need: "dementia",
      day: "mon",
      free: "1",
      unverified: "0",
      page: "3",
    });
    const filters = activeFilters(query);
    expect(filters.map((f) => f.label)).toEqual([
      "Visual arts",
      "Walking groups",
      "Monday",
      "Free only",
      "Helps with: Dementia",
      "Verified listings only",
    ]);
    expect(filters[0]!.removeHref).toBe(
      "/search?postcode=BD7+1DP&radius=2&category=walking-groups&day=mon&free=1&need=dementia&unverified=0",
    );
    expect(filters[2]!.removeHref).not.toContain("day=");
    expect(filters[4]!.removeHref).toBe(
      "/search?postcode=BD7+1DP&radius=2&category=visual-arts&category=walking-groups&day=mon&free=1&unverified=0",
    );
    expect(filters[5]!.removeHref).not.toContain("unverified");
  });

  it("uses ward names when it has them", () => {
    const { query } = parseSearchParams({ ward: "E05001347" });
    expect(activeFilters(query, new Map([["E05001347", "Great Horton"]]))[0]!.label).toBe("Ward: Great Horton");
  });
});
