import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEARCH_KEYS, parseSearchParams } from "@/lib/validation/search";
import { SEARCH_EXAMPLES } from "@/lib/search/search-examples";
import { readPublicListings } from "@/server/listings/read-public-listings";
import { countListingsByTerm } from "@/server/places/count-listings-by-term";
import { PARTIAL_MATCH_LIMIT, searchServices } from "@/server/search/search-services";
import { ORIGIN, addService, clearListings } from "../support/search-fixture";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// Free text, ranking, privacy and publication rules of the search, on real Postgres.

let t: TestDatabase;
const unpublished: string[] = [];

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  await clearListings(t.db);
  const add = (s: Parameters<typeof addService>[1]) => addService(t.db, s);
  await add({
    name: "Halifax Community Choir",
    description: "A friendly choir for all voices. No auditions.",
    km: 1,
    categories: ["singing-and-choirs"],
  });
  await add({
    name: "Savile Park Allotments",
    description: "Allotments with a shared plot for beginners.",
    km: 1.2,
    categories: ["gardening-and-food-growing"],
  });
  await add({ name: "Sunday Singers", description: "Singing together in the park café.", km: 0.8, categories: ["singing-and-choirs"] });
  await add({ name: "Bradford Choir", km: 0.6, categories: ["singing-and-choirs"] });
  await add({ name: "Zetland Choir", km: 0.6, categories: ["singing-and-choirs"], verified: true });
  await add({ name: "Stale Choir", km: 0.3, categories: ["singing-and-choirs"], stale: true });
  await add({ name: "Home Knitting Circle", km: 0.4, categories: ["crafts-and-making"], hidden: true, lat: 53.72834, lng: -1.85246 });
  for (const status of ["draft", "pending", "rejected", "archived"] as const) {
    unpublished.push(await add({ name: `Secret ${status} Choir`, km: 0.2, categories: ["singing-and-choirs"], listingStatus: status }));
  }
});
afterAll(() => t?.drop());

const search = async (params: Record<string, string | string[]>) => searchServices({ query: parseSearchParams(params).query }, t.db);
const names = (o: Awaited<ReturnType<typeof search>>) => o.results.map((r) => r.name);

describe("typo tolerance", () => {
  it("“choire” finds the choirs (the word stems to choir)", async () => {
    const out = await search({ q: "choire" });
    expect(names(out)).toEqual(expect.arrayContaining(["Halifax Community Choir", "Bradford Choir", "Zetland Choir"]));
  });

  it("“alotment” is corrected to allotment, and says so", async () => {
    const out = await search({ q: "alotment" });
    expect(names(out)).toEqual(["Savile Park Allotments"]);
    expect(out.corrections).toEqual([{ from: "alotment", to: "allotment" }]);
  });

  it("matches category names: “singing” finds choirs filed under Singing and choirs", async () => {
    const out = await search({ q: "singing" });
    expect(names(out)).toContain("Bradford Choir");
    expect(names(out)).toContain("Sunday Singers");
  });

  it("needs every word, then falls back to any word and says so", async () => {
    expect(names(await search({ q: "choir halifax" }))).toEqual(["Halifax Community Choir"]);
    const fallback = await search({ q: "karate allotments" });
    expect(fallback.matchedAnyWord).toBe(true);
    expect(names(fallback)).toEqual(["Savile Park Allotments"]);
  });

  it("“lonely” finds listings whose organisers say they help with loneliness (a moderators' synonym)", async () => {
    const id = await addService(t.db, {
      name: "Tuesday Tea Club",
      km: 0.5,
      categories: ["community-centres-and-social-groups"],
      needs: ["loneliness-and-isolation"],
    });
    try {
      expect(names(await search({ q: "lonely" }))).toEqual(["Tuesday Tea Club"]);
    } finally {
      await t.db.service.delete({ where: { id } });
    }
  });

  it("“knitting” finds crafts (a synonym) and a church hall's step-free access answers “wheelchair”", async () => {
    const id = await addService(t.db, {
      name: "Needles Club",
      km: 0.5,
      categories: ["crafts-and-making"],
      accessibility: ["step-free-access"],
    });
    try {
      expect(names(await search({ q: "knitting" })).sort()).toEqual(["Home Knitting Circle", "Needles Club"]);
      expect(names(await search({ q: "wheelchair" }))).toEqual(["Needles Club"]);
    } finally {
      await t.db.service.delete({ where: { id } });
    }
  });

  it("finds nothing for stop words alone, without an error", async () => {
    const out = await search({ q: "the and of" });
    expect(out.total).toBe(0);
  });
});

describe("ranking", () => {
  it("puts verified before unverified among equally relevant results, and stale listings last", async () => {
    const out = await search({ q: "choir" });
    const order = names(out);
    expect(order.indexOf("Zetland Choir")).toBeLessThan(order.indexOf("Bradford Choir"));
    expect(order.at(-1)).toBe("Stale Choir");
  });

  it("demotes stale listings below fresh ones even when they are nearest; verified first at equal distance", async () => {
    const out = await search({ postcode: ORIGIN.postcode, radius: "2", category: "singing-and-choirs" });
    expect(names(out)).toEqual(["Zetland Choir", "Bradford Choir", "Sunday Singers", "Halifax Community Choir", "Stale Choir"]);
  });
});

describe("hidden addresses", () => {
  it("shows only a point rounded to 0.01° and measures distance from it", async () => {
    const out = await search({ postcode: ORIGIN.postcode, radius: "2", category: "crafts-and-making" });
    const knitting = out.results.find((r) => r.name === "Home Knitting Circle")!;
    expect([knitting.lat, knitting.lng]).toEqual([53.73, -1.85]);
    expect(out.points[0]!.slice(1, 3)).toEqual([53.73, -1.85]);
    // From HX1 1AA to the rounded point (53.73, -1.85), not to the real one (53.72834, -1.85246).
    expect(knitting.distanceM).toBeGreaterThan(780);
    expect(knitting.distanceM).toBeLessThan(800);
  });

  it("gives the listing page the area and the rounded point, never the street address", async () => {
    const id = (await search({ q: "knitting" })).results[0]!.id;
    const [listing] = await readPublicListings({ ids: [id] }, t.db);
    expect(listing!.venues).toEqual([
      expect.objectContaining({
        hidden: true,
        address: null,
        name: null,
        point: { lat: 53.73, lng: -1.85 },
        area: expect.stringContaining("Calderdale"),
      }),
    ]);
  });
});

describe("publication", () => {
  it("never returns listings that are not published, whatever the search", async () => {
    const searches: Array<Record<string, string>> = [
      { q: "secret" },
      { q: "choir" },
      { postcode: ORIGIN.postcode, radius: "1" },
      { category: "singing-and-choirs" },
      { unverified: "1", place: ORIGIN.placeCode },
    ];
    for (const params of searches) {
      const out = await search(params);
      expect(
        names(out).filter((n) => n.startsWith("Secret")),
        JSON.stringify(params),
      ).toEqual([]);
      expect(out.points.filter((p) => p[3].startsWith("Secret"))).toEqual([]);
    }
    expect(await readPublicListings({ ids: unpublished }, t.db)).toEqual([]);
  });
});

describe("any URL", () => {
  it("never makes the search fail", async () => {
    const value = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom("HX1 1AA", "LS1", "ZZ9 9ZZ", "choire", "E05001386", "mon", "1", "0", "-1.9,53.7,-1.8,53.75"),
    );
    const params = fc.dictionary(fc.constantFrom(...SEARCH_KEYS), fc.oneof(value, fc.array(value, { maxLength: 3 })), { maxKeys: 6 });
    await fc.assert(
      fc.asyncProperty(params, async (raw) => {
        const out = await searchServices({ query: parseSearchParams(raw).query }, t.db);
        expect(out.total).toBeGreaterThanOrEqual(out.results.length);
      }),
      { numRuns: 60 },
    );
  });
});

// The examples, on the real seeded directory (libraries, museums and OpenStreetMap assets).
describe("on the seeded directory", () => {
  let seeded: TestDatabase;
  beforeAll(async () => {
    seeded = await createTestDatabase({ seeded: true });
  });
  afterAll(() => seeded?.drop());
  const find = (params: Record<string, string | string[]>) => searchServices({ query: parseSearchParams(params).query }, seeded.db);

  it.each([
    ["musuem", "museum", /museum/i],
    ["allotmnet", "allotment", /allotment/i],
    ["danse", "dance", /danc/i],
    ["dewsbry", "dewsbury", /dewsbury/i],
  ])("corrects “%s” to “%s” and finds it", async (typed, meant, pattern) => {
    const out = await find({ q: typed });
    expect(out.corrections).toEqual([{ from: typed, to: meant }]);
    expect(out.total).toBeGreaterThan(0);
    expect(out.results[0]!.name).toMatch(pattern);
  });

  it("“knitting group”: no listing has both, so the few with the rarer word come first and the rest are capped", async () => {
    for (const q of ["knitting group", "knitting grop"]) {
      const out = await find({ q });
      expect(out.matchedAnyWord).toBe(true);
      expect(out.total).toBe(PARTIAL_MATCH_LIMIT);
      expect(out.results).toHaveLength(PARTIAL_MATCH_LIMIT);
      expect(out.pageCount).toBe(1);
      expect(out.partialTotal).toBeGreaterThan(400);
      const crafts = out.results.filter((r) => r.categories.includes("crafts-and-making"));
      expect(crafts.length).toBeGreaterThan(0);
      expect(out.results.slice(0, crafts.length)).toEqual(crafts);
    }
    expect((await find({ q: "knitting grop" })).corrections).toEqual([{ from: "grop", to: "group" }]);
  });

  it("finds a venue by the name another source gives it, shown under its current name", async () => {
    // Mapping Museums calls it "Leeds City Art Gallery"; the listing is "Leeds Art Gallery" (OSM, ADR 0003).
    for (const q of ["Leeds City Art Gallery", "leeds citty art galery"]) {
      const out = await find({ q });
      expect(out.matchedAnyWord, q).toBe(false);
      expect(out.results[0]?.name, q).toBe("Leeds Art Gallery");
    }
    expect((await find({ q: "leeds citty art galery" })).corrections).toEqual([
      { from: "citty", to: "city" },
      { from: "galery", to: "gallery" },
    ]);
    // Spelling correction learns the words of alternative names (the service_search_words triggers).
    await seeded.db.service.create({ data: { name: "Plainname Hall", alternateName: "Vexworthy Rooms", listingStatus: "published" } });
    expect(await seeded.db.searchWord.count({ where: { word: "vexworthy" } })).toBe(1);
  });

  it("every example search under the search box finds something", async () => {
    for (const q of SEARCH_EXAMPLES) expect((await find({ q })).total, q).toBeGreaterThan(0);
  });

  it("knows ward and place names as words, and not the names of hidden venues", async () => {
    const rows = await seeded.db.$queryRaw<Array<{ missing: number }>>`
      SELECT count(*)::int AS missing FROM (SELECT name FROM ward UNION SELECT name FROM place) n, LATERAL search_words(n.name) w
       WHERE NOT EXISTS (SELECT 1 FROM search_word k WHERE k.word = w)`;
    expect(rows[0]!.missing).toBe(0);
    await seeded.db.location.create({ data: { name: "Zzyzxhome Cottage", lat: 53.7, lng: -1.8, hideExactAddress: true } });
    await seeded.db.location.create({ data: { name: "Qwertyhall Institute", lat: 53.7, lng: -1.8 } });
    const known = await seeded.db.searchWord.findMany({ where: { word: { in: ["zzyzxhome", "qwertyhall"] } } });
    expect(known.map((k) => k.word)).toEqual(["qwertyhall"]);
  });

  it("counts listings per category: some have none (offered in the filter with 0, not as links)", async () => {
    const counts = await countListingsByTerm(seeded.db);
    expect(counts.category.get("nature-green-and-blue-space")).toBeGreaterThan(100);
    expect(counts.category.has("singing-and-choirs")).toBe(false);
    expect(counts.need.size).toBe(0);
  });
});
