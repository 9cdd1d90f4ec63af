import { describe, expect, it } from "vitest";
import { packMapPoints, shortId, unpackMapPoints, uuidOf } from "./map-points";

describe("map points packing", () => {
  it("turns a UUID into 22 characters and back", () => {
    for (const id of [
      "b86a86a4-0831-4bb5-b015-652d63af0085",
      "00000000-0000-0000-0000-000000000000",
      "ffffffff-ffff-4fff-bfff-ffffffffffff",
    ]) {
      expect(shortId(id)).toHaveLength(22);
      expect(uuidOf(shortId(id))).toBe(id);
    }
  });

  it("keeps every field, names with commas, bars and percent signs, and the page's numbers", () => {
    const points = [
      ["ec2432bb-40e9-407f-8d01-d33eddbbc2b0", 53.795729, -1.55625, "Little Free Library", 45],
      ["dcccd4c7-e5bb-42cf-8b03-5135b5c8fe14", 53.7935661, -1.5566849, "Arts, crafts | 100% fun", null],
    ] as const;
    const packed = packMapPoints(points, new Map([["dcccd4c7-e5bb-42cf-8b03-5135b5c8fe14", 2]]));
    expect(unpackMapPoints(packed)).toEqual([
      { id: points[0][0], lat: 53.79573, lng: -1.55625, name: "Little Free Library", distanceM: 45, position: null },
      { id: points[1][0], lat: 53.79357, lng: -1.55668, name: "Arts, crafts | 100% fun", distanceM: null, position: 2 },
    ]);
  });

  it("keeps points far apart, far away and on a later page", () => {
    const points = [
      ["ec2432bb-40e9-407f-8d01-d33eddbbc2b0", 53.5, -2.2, "Todmorden", 0],
      ["dcccd4c7-e5bb-42cf-8b03-5135b5c8fe14", 54.1, -1.1, "Wetherby", 140_000],
    ] as const;
    const packed = packMapPoints(points, new Map([["dcccd4c7-e5bb-42cf-8b03-5135b5c8fe14", 4321]]));
    expect(unpackMapPoints(packed)).toEqual([
      { id: points[0][0], lat: 53.5, lng: -2.2, name: "Todmorden", distanceM: 0, position: null },
      { id: points[1][0], lat: 54.1, lng: -1.1, name: "Wetherby", distanceM: 140_000, position: 4321 },
    ]);
  });

  it("packs no points as an empty string", () => {
    expect(packMapPoints([], new Map())).toBe("");
    expect(unpackMapPoints("")).toEqual([]);
  });
});

describe("shortId", () => {
  it("is base64url of the UUID's bytes", () => {
    const id = "b86a86a4-0831-4bb5-b015-652d63af0085";
    expect(shortId(id)).toBe(Buffer.from(id.replaceAll("-", ""), "hex").toString("base64url"));
  });
});
