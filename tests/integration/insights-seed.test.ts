import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gapWards } from "@/lib/insights/area-lists";
import { PLACES } from "@/lib/places";
import { readAreaCoverage } from "@/server/insights/read-area-coverage";
import { readCategoryCoverage } from "@/server/insights/read-category-coverage";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The statistics on the real West Yorkshire seed: populations from Census 2021 and counts that agree with a
// plain count of the same rows.
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});
afterAll(() => t?.drop());

describe("coverage on the seeded data", () => {
  it("uses the Census 2021 population of each place and their sum for West Yorkshire", async () => {
    const { westYorkshire, places, wards } = await readAreaCoverage({ filters: { verifiedOnly: false } }, t.db);
    expect(places.map((p) => [p.name, p.population])).toEqual([
      ["Bradford", 546_414],
      ["Calderdale", 206_634],
      ["Kirklees", 433_220],
      ["Leeds", 811_951],
      ["Wakefield", 353_360],
    ]);
    expect(places.map((p) => p.code)).toEqual(PLACES.map((p) => p.code));
    expect(westYorkshire.population).toBe(2_351_579);
    expect(wards).toHaveLength(124);
    // The most deprived fifth of 124 wards is 25 wards (ntile(5): 25, 25, 25, 25, 24), led by Manningham.
    const gaps = gapWards(wards);
    expect(gaps).toHaveLength(25);
    expect(wards.filter((w) => w.deprivationFifth === 5)).toHaveLength(24);
    expect(wards.find((w) => w.wyImdRank === 1)?.name).toBe("Manningham");
  });

  it("agrees with a direct count of published listings in Leeds", async () => {
    const [row] = await t.db.$queryRaw<{ n: number }[]>`
      SELECT count(DISTINCT s.id)::int AS n FROM service s
      JOIN service_at_location sal ON sal.service_id = s.id JOIN location l ON l.id = sal.location_id
      WHERE s.listing_status = 'published' AND l.place_code = 'E08000035'`;
    const n = row!.n;
    const { places } = await readAreaCoverage({ filters: { verifiedOnly: false }, place: "E08000035" }, t.db);
    const leeds = places.find((p) => p.name === "Leeds")!;
    expect(leeds.listings).toBe(n);
    expect(leeds.per10k).toBe(Math.round((n * 10_000 * 100) / 811_951) / 100);
  });

  it("counts every listing the same way in the category table as in the place table", async () => {
    const [every, ...byCategory] = await readCategoryCoverage({ verifiedOnly: false }, t.db);
    const { westYorkshire, places } = await readAreaCoverage({ filters: { verifiedOnly: false } }, t.db);
    expect(every!.areas.E47000003).toEqual({ listings: westYorkshire.listings, per10k: westYorkshire.per10k });
    for (const place of places) expect(every!.areas[place.code]).toEqual({ listings: place.listings, per10k: place.per10k });
    expect(byCategory).toHaveLength(24);
    const theatre = byCategory.find((c) => c.categoryCode === "theatre-and-performance")!;
    const area = await readAreaCoverage({ filters: { category: "theatre-and-performance", verifiedOnly: false } }, t.db);
    expect(theatre.areas.E47000003!.listings).toBe(area.westYorkshire.listings);
  });

  it("gives the same access shares whichever way the nearest listing is found", async () => {
    const filters = { category: "museums-galleries-and-heritage", verifiedOnly: false };
    const a = await readAreaCoverage({ filters, strategy: "from-venues" }, t.db);
    const b = await readAreaCoverage({ filters, strategy: "from-lsoas" }, t.db);
    const shares = (r: typeof a) => [r.westYorkshire, ...r.places, ...r.wards].map((x) => [x.code, x.beyond1kmPct, x.beyond2kmPct]);
    expect(shares(a)).toEqual(shares(b));
    expect(a.westYorkshire.beyond2kmPct).toBeGreaterThan(0);
  });
});
