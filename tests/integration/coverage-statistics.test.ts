import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deprivedAndUnderServed, gapWards, wardsWithoutListing } from "@/lib/insights/area-lists";
import type { AreaCoverage } from "@/lib/insights/types";
import { readAreaCoverage } from "@/server/insights/read-area-coverage";
import { readCategoryCoverage } from "@/server/insights/read-category-coverage";
import { readListingTrend } from "@/server/insights/read-listing-trend";
import { readWardCategoryMatrix } from "@/server/insights/read-ward-category-matrix";
import { ART, CHOIRS, loadCoverageFixture, PLACE_A, PLACE_B } from "../fixtures/coverage-fixture";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// Every expected figure below is worked out by hand from tests/fixtures/coverage-fixture.ts.
// Choirs (published): s1 + s2 in W01, s3 in W03, s4 with venues in W04 and W05; s6 is pending, never counted.

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: false });
  await loadCoverageFixture(t.db);
});
afterAll(() => t?.drop());

const byCode = (rows: AreaCoverage[]) => new Map(rows.map((r) => [r.code, r]));
const choirs = { category: CHOIRS, verifiedOnly: false };

describe("listings per 10,000 residents", () => {
  it("counts distinct published listings per ward, place and West Yorkshire", async () => {
    const { westYorkshire, places, wards } = await readAreaCoverage({ filters: choirs, strategy: "from-venues" }, t.db);
    const ward = byCode(wards);
    // W01: 2 listings × 10,000 / 4,000 residents = 5.00
    expect(ward.get("W01")).toMatchObject({ listings: 2, per10k: 5 });
    expect(ward.get("W02")).toMatchObject({ listings: 0, per10k: 0 });
    // W03: 1 × 10,000 / 2,000 = 5.00; W04: 1 × 10,000 / 8,000 = 1.25; W05: 1 × 10,000 / 10,000 = 1.00
    expect(ward.get("W03")).toMatchObject({ listings: 1, per10k: 5 });
    expect(ward.get("W04")).toMatchObject({ listings: 1, per10k: 1.25 });
    expect(ward.get("W05")).toMatchObject({ listings: 1, per10k: 1 });
    // Aton: s1, s2, s4 = 3 × 10,000 / 100,000 = 0.30; Beeton: s3, s4 = 2 × 10,000 / 60,000 = 0.333… → 0.33
    const place = byCode(places);
    expect(place.get(PLACE_A.code)).toMatchObject({ listings: 3, per10k: 0.3, population: 100_000 });
    expect(place.get(PLACE_B.code)).toMatchObject({ listings: 2, per10k: 0.33, population: 60_000 });
    // West Yorkshire: s1–s4 (s4 once, although it has two venues) = 4 × 10,000 / 160,000 = 0.25
    expect(westYorkshire).toMatchObject({ listings: 4, per10k: 0.25, population: 160_000, comparedWithWestYorkshire: null });
    // Against West Yorkshire: 0.30 / 0.25 = 1.2 → 20% higher; 0.3333 / 0.25 = 1.333 → 33% higher;
    // W01 5 / 0.25 = 20 → 1,900% higher; W02 0 → 100% lower
    expect(place.get(PLACE_A.code)!.comparedWithWestYorkshire).toBe(20);
    expect(place.get(PLACE_B.code)!.comparedWithWestYorkshire).toBe(33);
    expect(ward.get("W01")!.comparedWithWestYorkshire).toBe(1900);
    expect(ward.get("W02")!.comparedWithWestYorkshire).toBe(-100);
  });

  it("counts every category, a listing in two categories in each, and verified listings only when asked", async () => {
    // All categories: s1–s5 = 5 × 10,000 / 160,000 = 0.3125 → 0.31; W06 (s5) 1 × 10,000 / 10,000 = 1.00
    const all = await readAreaCoverage({ filters: { verifiedOnly: false } }, t.db);
    expect(all.westYorkshire).toMatchObject({ listings: 5, per10k: 0.31 });
    expect(byCode(all.wards).get("W06")).toMatchObject({ listings: 1, per10k: 1 });
    // Art: s1 and s5 = 2 × 10,000 / 160,000 = 0.125 → 0.13 (halves round away from zero)
    const art = await readAreaCoverage({ filters: { category: ART, verifiedOnly: false } }, t.db);
    expect(art.westYorkshire).toMatchObject({ listings: 2, per10k: 0.13 });
    // Verified choirs: s3 only = 1 × 10,000 / 160,000 = 0.0625 → 0.06
    const verified = await readAreaCoverage({ filters: { ...choirs, verifiedOnly: true } }, t.db);
    expect(verified.westYorkshire).toMatchObject({ listings: 1, per10k: 0.06 });
    expect(byCode(verified.wards).get("W01")).toMatchObject({ listings: 0, per10k: 0 });
  });

  it("shows a place's wards only when a place is chosen, and every place still", async () => {
    const { places, wards } = await readAreaCoverage({ filters: choirs, place: PLACE_B.code }, t.db);
    expect(wards.map((w) => w.code).sort()).toEqual(["W03", "W05", "W11", "W12", "W13", "W14", "W15"]);
    expect(places).toHaveLength(2);
  });
});

describe("gap ranking", () => {
  it("ranks the most deprived fifth by provision per head, then by deprivation", async () => {
    // 15 wards in fifths of 3: W01–W03 are the most deprived. Rates 5.00, 0.00, 5.00:
    // W02 (0.00) first; W01 and W03 tie on 5.00, so W01 (rank 1) comes before W03 (rank 3).
    const { wards } = await readAreaCoverage({ filters: choirs }, t.db);
    expect(gapWards(wards).map((w) => [w.code, w.gapRank])).toEqual([
      ["W02", 1],
      ["W01", 2],
      ["W03", 3],
    ]);
    expect(byCode(wards).get("W04")).toMatchObject({ deprivationFifth: 2, gapRank: null });
    // Wards with no choir: W02 and W06–W15 (11), most deprived first.
    const none = wardsWithoutListing(wards).map((w) => w.code);
    expect(none).toHaveLength(11);
    expect(none.slice(0, 2)).toEqual(["W02", "W06"]);
  });

  it("re-ranks with the filters: verified only, and within a chosen place", async () => {
    // Verified choirs: only s3 (W03). W01 and W02 both 0.00 → by deprivation: W01, W02, then W03 (5.00).
    const verified = await readAreaCoverage({ filters: { ...choirs, verifiedOnly: true } }, t.db);
    expect(gapWards(verified.wards).map((w) => w.code)).toEqual(["W01", "W02", "W03"]);
    // Aton only: of the most deprived fifth, W01 and W02 are in Aton: W02 (0.00), W01 (5.00).
    const aton = await readAreaCoverage({ filters: choirs, place: PLACE_A.code }, t.db);
    expect(gapWards(aton.wards).map((w) => [w.code, w.gapRank])).toEqual([
      ["W02", 1],
      ["W01", 2],
    ]);
  });
});

describe("deprived and under-served", () => {
  it("ranks provision across West Yorkshire, ties sharing a rank, and keeps every tie at the fifth's edge", async () => {
    // Choirs: 11 wards have none (rank 1), then W05 1.00 (12), W04 1.25 (13), W01 and W03 5.00 (14). The lowest
    // fifth is ranks up to ceil(15 / 5) = 3: all 11 wards with none, although a fifth is 3 wards.
    const { wards } = await readAreaCoverage({ filters: choirs }, t.db);
    const ward = byCode(wards);
    expect(["W02", "W05", "W04", "W01", "W03"].map((c) => ward.get(c)!.wyProvisionRank)).toEqual([1, 12, 13, 14, 14]);
    expect(
      wards
        .filter((w) => w.lowestProvisionFifth)
        .map((w) => w.code)
        .sort(),
    ).toEqual(
      wardsWithoutListing(wards)
        .map((w) => w.code)
        .sort(),
    );
    // Of the most deprived fifth (W01–W03), only W02 is also in the lowest provision fifth.
    expect(deprivedAndUnderServed(wards).map((w) => w.code)).toEqual(["W02"]);
  });

  it("keeps West Yorkshire's provision ranks when a place is chosen, and follows the filters", async () => {
    const aton = await readAreaCoverage({ filters: choirs, place: PLACE_A.code }, t.db);
    expect(byCode(aton.wards).get("W01")!.wyProvisionRank).toBe(14);
    expect(deprivedAndUnderServed(aton.wards).map((w) => w.code)).toEqual(["W02"]);
    // Verified choirs: only W03 has one, so W01 and W02 (none) are both deprived and under-served, in gap order.
    const verified = await readAreaCoverage({ filters: { ...choirs, verifiedOnly: true } }, t.db);
    expect(deprivedAndUnderServed(verified.wards).map((w) => w.code)).toEqual(["W01", "W02"]);
    expect(byCode(verified.wards).get("W03")).toMatchObject({ wyProvisionRank: 15, lowestProvisionFifth: false });
  });
});

describe("distance to the nearest listing", () => {
  // 0.001° of latitude = 111.195 m on earthdistance's sphere (6,370,997 m).
  // L1 (W01, 1,500 people) 53.805 → s2 53.801: 0.004° = 445 m        within 1 km
  // L2 (W01, 2,500)        53.812 → s2 53.801: 0.011° = 1,223 m      1–2 km
  // L3 (W02, 3,000)        53.830 → s2 53.801: 0.029° = 3,225 m      beyond 2 km (the pending s6 on it is ignored)
  // L4 (W02, 2,000)        53.7905 → s1 53.800: 0.0095° = 1,056 m    1–2 km
  // L5 (W03, 2,000)        54.100 → s3 54.100: 0 m                   within 1 km
  const expected = {
    W01: [62.5, 0], // 2,500 / 4,000 beyond 1 km; none beyond 2 km
    W02: [100, 60], // 5,000 / 5,000; 3,000 / 5,000
    W03: [0, 0],
    [PLACE_A.code]: [83.3, 33.3], // (2,500 + 3,000 + 2,000) / 9,000 = 83.33%; 3,000 / 9,000 = 33.33%
    [PLACE_B.code]: [0, 0],
    E47000003: [68.2, 27.3], // 7,500 / 11,000 = 68.18%; 3,000 / 11,000 = 27.27%
  };

  it.each(["from-venues", "from-lsoas"] as const)("gives the hand-worked shares (%s)", async (strategy) => {
    const { westYorkshire, places, wards } = await readAreaCoverage({ filters: choirs, strategy }, t.db);
    const area = byCode([westYorkshire, ...places, ...wards]);
    for (const [code, [beyond1, beyond2]] of Object.entries(expected)) {
      expect([code, area.get(code)?.beyond1kmPct, area.get(code)?.beyond2kmPct]).toEqual([code, beyond1, beyond2]);
    }
    // A ward with no LSOA centroid has no figure rather than a made-up one.
    expect(area.get("W04")).toMatchObject({ beyond1kmPct: null, beyond2kmPct: null });
  });

  it("measures from verified listings only when asked", async () => {
    // Only s3 at 54.100: L1–L4 are 27–35 km away.
    const { wards } = await readAreaCoverage({ filters: { ...choirs, verifiedOnly: true }, strategy: "from-lsoas" }, t.db);
    expect(byCode(wards).get("W01")).toMatchObject({ beyond1kmPct: 100, beyond2kmPct: 100 });
  });
});

describe("categories and wards by category", () => {
  it("gives every category × West Yorkshire and each place, with an every-listing row first", async () => {
    const rows = await readCategoryCoverage({ verifiedOnly: false }, t.db);
    expect(rows.map((r) => r.categoryCode)).toEqual([null, CHOIRS, ART]);
    // Every listing: WY 5 / 160,000 → 0.31; Aton s1, s2, s4, s5 = 4 / 100,000 → 0.40; Beeton s3, s4 = 2 / 60,000 → 0.33
    expect(rows[0]!.areas).toMatchObject({
      E47000003: { listings: 5, per10k: 0.31 },
      [PLACE_A.code]: { listings: 4, per10k: 0.4 },
      [PLACE_B.code]: { listings: 2, per10k: 0.33 },
    });
    // Art: s1 (Aton) and s5 (Aton): 2 / 100,000 → 0.20; none in Beeton
    expect(rows[2]!.areas[PLACE_A.code]).toEqual({ listings: 2, per10k: 0.2 });
    expect(rows[2]!.areas[PLACE_B.code]).toEqual({ listings: 0, per10k: 0 });
  });

  it("gives every ward × every category with zeros", async () => {
    const rows = await readWardCategoryMatrix({ verifiedOnly: false }, t.db);
    expect(rows).toHaveLength(15 * 2);
    const find = (ward: string, category: string) => rows.find((r) => r.wardCode === ward && r.categoryCode === category);
    expect(find("W01", CHOIRS)).toMatchObject({ listings: 2, per10k: 5 });
    expect(find("W01", ART)).toMatchObject({ listings: 1, per10k: 2.5 }); // 1 × 10,000 / 4,000
    expect(find("W15", ART)).toMatchObject({ listings: 0, per10k: 0 });
  });
});

describe("growth over time", () => {
  it("counts listings added and verified by UK month, with a running total", async () => {
    const now = new Date("2026-05-10T09:00:00Z");
    const trend = await readListingTrend({ filters: { verifiedOnly: false }, now }, t.db);
    // s1 Jan (imported), s2 Mar (directory), s3 Mar (imported, verified Apr), s4 31 Mar 23:30 UTC = April in
    // London (directory), s5 Apr (directory). The pending s6 is not counted.
    expect(trend).toEqual([
      { month: "2026-01-01", imported: 1, addedInDirectory: 0, verified: 0, total: 1 },
      { month: "2026-02-01", imported: 0, addedInDirectory: 0, verified: 0, total: 1 },
      { month: "2026-03-01", imported: 1, addedInDirectory: 1, verified: 0, total: 3 },
      { month: "2026-04-01", imported: 0, addedInDirectory: 2, verified: 1, total: 5 },
      { month: "2026-05-01", imported: 0, addedInDirectory: 0, verified: 0, total: 5 },
    ]);
    // Beeton only: s3 (Mar) and s4 (Apr, venue in W05).
    const beeton = await readListingTrend({ filters: { verifiedOnly: false }, place: PLACE_B.code, now }, t.db);
    expect(beeton.map((m) => [m.month, m.imported + m.addedInDirectory, m.verified, m.total])).toEqual([
      ["2026-03-01", 1, 0, 1],
      ["2026-04-01", 1, 1, 2],
      ["2026-05-01", 0, 0, 2],
    ]);
  });
});
