import { describe, expect, it } from "vitest";
import { publicPoint, roundHiddenCoordinate } from "./hidden-address";

describe("hidden addresses", () => {
  it("rounds to 0.01°, halves away from the cell edge the same way for negative longitudes", () => {
    expect(roundHiddenCoordinate(53.72434)).toBe(53.72);
    expect(roundHiddenCoordinate(-1.85746)).toBe(-1.86);
    expect(roundHiddenCoordinate(-1.8549)).toBe(-1.85);
  });

  it("shows the exact point unless the address is hidden", () => {
    expect(publicPoint({ lat: 53.72434, lng: -1.85746, hideExactAddress: false })).toEqual({ lat: 53.72434, lng: -1.85746 });
    expect(publicPoint({ lat: 53.72434, lng: -1.85746, hideExactAddress: true })).toEqual({ lat: 53.72, lng: -1.86 });
    expect(publicPoint({ lat: null, lng: null, hideExactAddress: true })).toBeNull();
  });
});
