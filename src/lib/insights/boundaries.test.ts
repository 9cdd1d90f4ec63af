import { describe, expect, it } from "vitest";
import { roundRing, simplifyFeatures } from "./boundaries";

describe("roundRing", () => {
  it("rounds to 4 places and drops the repeats rounding makes, keeping the ring closed", () => {
    const ring = [
      [-1.761, 53.86385],
      [-1.760999, 53.863851],
      [-1.75356, 53.86747],
      [-1.761, 53.86385],
    ];
    expect(roundRing(ring)).toEqual([
      [-1.761, 53.8639],
      [-1.7536, 53.8675],
      [-1.761, 53.8639],
    ]);
  });
});

describe("simplifyFeatures", () => {
  it("keeps polygons with their code and nothing else", () => {
    const square = [
      [
        [0, 0],
        [0, 1],
        [1, 1],
        [0, 0],
      ],
    ];
    const out = simplifyFeatures(
      {
        features: [
          { properties: { wd_cd: "E05001341", wd_nm: "Baildon", population: 16271 }, geometry: { type: "Polygon", coordinates: square } },
          { properties: { wd_cd: "E05001342" }, geometry: { type: "MultiPolygon", coordinates: [square] } },
          { properties: { wd_cd: "E05000000" }, geometry: { type: "Point", coordinates: [0, 0] } },
        ],
      },
      "wd_cd",
    );
    expect(out.features.map((f) => [f.properties, f.geometry.type])).toEqual([
      [{ code: "E05001341" }, "Polygon"],
      [{ code: "E05001342" }, "MultiPolygon"],
    ]);
  });

  it("refuses a feature without a code", () => {
    expect(() => simplifyFeatures({ features: [{ properties: {}, geometry: null }] }, "wd_cd")).toThrow(/wd_cd/);
  });
});
