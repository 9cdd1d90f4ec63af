import { describe, expect, it } from "vitest";
import { distanceMetres, polygonCentroid } from "./geo";

const square = (x: number, y: number, size: number) => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe("polygonCentroid", () => {
  it("finds the centre of a square whatever the winding", () => {
    expect(polygonCentroid({ type: "Polygon", coordinates: [square(0, 0, 2)] })).toEqual({ lng: 1, lat: 1 });
    expect(polygonCentroid({ type: "Polygon", coordinates: [square(0, 0, 2).reverse()] })).toEqual({ lng: 1, lat: 1 });
  });

  it("weights multipolygon parts by area", () => {
    const c = polygonCentroid({ type: "MultiPolygon", coordinates: [[square(0, 0, 2)], [square(10, 0, 1)]] });
    // areas 4 and 1: x = (4*1 + 1*10.5) / 5
    expect(c!.lng).toBeCloseTo(2.9);
    expect(c!.lat).toBeCloseTo((4 * 1 + 1 * 0.5) / 5);
  });

  it("subtracts holes", () => {
    const c = polygonCentroid({ type: "Polygon", coordinates: [square(0, 0, 4), square(2, 0, 2)] });
    // 16 - 4 = 12; x = (16*2 - 4*3) / 12
    expect(c!.lng).toBeCloseTo(20 / 12);
  });

  it("returns null for a degenerate polygon", () => {
    expect(
      polygonCentroid({
        type: "Polygon",
        coordinates: [
          [
            [0, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      }),
    ).toBeNull();
  });
});

describe("distanceMetres", () => {
  it("measures about 111 km per degree of latitude", () => {
    expect(distanceMetres({ lat: 53, lng: -1.5 }, { lat: 54, lng: -1.5 })).toBeCloseTo(111_195, -2);
    expect(distanceMetres({ lat: 53.8, lng: -1.55 }, { lat: 53.8, lng: -1.55 })).toBe(0);
  });
});
