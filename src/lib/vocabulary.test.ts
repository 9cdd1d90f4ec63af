import { describe, expect, it } from "vitest";
import { ATTENDING_TYPES, ACCESS_TYPES, accessibilityFeatures, audiences, categories, needs, taxonomies, termName } from "./vocabulary";

describe("vocabulary", () => {
  it("has the 22 categories of PRODUCT.md in order, then the two we added", () => {
    expect(categories).toHaveLength(24);
    expect(categories.slice(22).map((c) => c.code)).toEqual(["sport-and-physical-activity", "community-support"]);
    expect(categories[0]).toEqual({ code: "visual-arts", name: "Visual arts", sortOrder: 1 });
    expect(termName("category", "singing-and-choirs")).toBe("Singing and choirs");
  });

  it("has the facets", () => {
    expect(needs.map((t) => t.code)).toContain("loneliness-and-isolation");
    expect(audiences.map((t) => t.code)).toContain("refugees-and-asylum-seekers");
    expect(accessibilityFeatures.map((t) => t.code)).toContain("step-free-access");
    expect(ATTENDING_TYPES.map((t) => t.code)).toEqual(["in_person", "online", "phone", "home_visit"]);
    expect(ACCESS_TYPES.map((t) => t.code)).toEqual(["drop_in", "referral", "booking", "membership"]);
  });

  it("uses unique kebab-case codes within each taxonomy", () => {
    for (const taxonomy of taxonomies) {
      const codes = taxonomy.terms.map((t) => t.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const code of codes) expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});
