import { describe, expect, it } from "vitest";
import { insightsQueryString, parseInsightsQuery } from "./insights";

describe("parseInsightsQuery", () => {
  it("reads category, place, verified-only and the map view", () => {
    const { filters, notices } = parseInsightsQuery({
      category: "singing-and-choirs",
      place: "E08000035",
      verified: "1",
      map: "deprivation",
    });
    expect(filters).toEqual({ category: "singing-and-choirs", place: "E08000035", verifiedOnly: true, map: "deprivation" });
    expect(notices).toEqual([]);
  });

  it("defaults to every listing in West Yorkshire, including when values are empty", () => {
    expect(parseInsightsQuery({})).toEqual({ filters: { verifiedOnly: false, map: "provision" }, notices: [] });
    expect(parseInsightsQuery({ category: "", place: " ", verified: "" }).filters).toEqual({
      verifiedOnly: false,
      map: "provision",
    });
  });

  it("drops values it does not understand, keeps the rest and says what it ignored", () => {
    const { filters, notices } = parseInsightsQuery({ category: "<script>", place: "E08000033", verified: "maybe", map: "x" });
    expect(filters).toEqual({ category: undefined, place: "E08000033", verifiedOnly: false, map: "provision" });
    expect(notices).toHaveLength(3);
    expect(notices[0]).toContain("“<script>”");
  });

  it("takes the first of repeated parameters and reads URLSearchParams", () => {
    expect(parseInsightsQuery({ category: ["visual-arts", "music-making"] }).filters.category).toBe("visual-arts");
    expect(parseInsightsQuery(new URLSearchParams("place=E08000036&verified=yes")).filters).toMatchObject({
      place: "E08000036",
      verifiedOnly: true,
    });
  });

  it("shortens a very long bad value in the notice", () => {
    const { notices } = parseInsightsQuery({ place: "x".repeat(500) });
    expect(notices[0]!.length).toBeLessThan(150);
  });
});

describe("insightsQueryString", () => {
  it("round-trips through the parser and leaves defaults out", () => {
    const filters = { category: "walking-groups", place: "E08000034" as const, verifiedOnly: true, map: "deprivation" as const };
    const query = insightsQueryString(filters);
    expect(query).toBe("?category=walking-groups&place=E08000034&verified=1&map=deprivation");
    expect(parseInsightsQuery(new URLSearchParams(query)).filters).toEqual(filters);
    expect(insightsQueryString({ verifiedOnly: false, map: "provision" })).toBe("");
  });
});
