import { describe, expect, it } from "vitest";
import { distanceKm, nudge } from "./pin";

describe("map pin", () => {
  it("measures distances on the ground", () => {
    // Halifax to Leeds city centres are about 24 km apart.
    expect(distanceKm({ lat: 53.7248, lng: -1.8658 }, { lat: 53.7997, lng: -1.5492 })).toBeGreaterThan(22);
    expect(distanceKm({ lat: 53.7248, lng: -1.8658 }, { lat: 53.7997, lng: -1.5492 })).toBeLessThan(24);
  });

  it("nudges about ten metres each way", () => {
    const start = { lat: 53.72, lng: -1.86 };
    for (const d of ["north", "south", "east", "west"] as const) {
      const km = distanceKm(start, nudge(start, d));
      expect(km).toBeGreaterThan(0.008);
      expect(km).toBeLessThan(0.012);
    }
  });
});
