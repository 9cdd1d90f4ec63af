import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { searchParamsOf } from "@/lib/search/search-url";
import { codesOf } from "@/lib/vocabulary";
import { MAX_PAGE, SEARCH_KEYS, hasCriteria, parseSearchParams } from "./search";

const fromUrl = (qs: string) => {
  const params = new URLSearchParams(qs);
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    raw[key] = all.length > 1 ? all : all[0]!;
  }
  return parseSearchParams(raw);
};

describe("parseSearchParams", () => {
  it("reads every filter of the URL contract", () => {
    const { query, problems } = fromUrl(
      "q=choir&postcode=bd71dp&radius=2&place=E08000032&ward=E05001347&category=singing-and-choirs&category=music-making" +
        "&day=tue&time=evening&free=1&age=67&audience=older-people&need=loneliness-and-isolation&need=carers&accessibility=step-free-access&attendance=in_person" +
        "&access=drop_in&unverified=0&page=3",
    );
    expect(problems).toEqual([]);
    expect(query).toMatchObject({
      q: "choir",
      postcode: "BD7 1DP",
      radius: 2,
      place: "E08000032",
      ward: "E05001347",
      category: ["singing-and-choirs", "music-making"],
      day: "tue",
      time: "evening",
      free: true,
      age: 67,
      need: ["loneliness-and-isolation", "carers"],
      attendance: ["in_person"],
      access: ["drop_in"],
      unverified: false,
      page: 3,
    });
  });

  it("defaults: unverified included, page 1, 5 km only when a postcode is given", () => {
    expect(fromUrl("").query).toMatchObject({ unverified: true, page: 1, radius: undefined, free: false, category: [] });
    expect(fromUrl("postcode=BD7").query).toMatchObject({ postcode: "BD7", radius: 5 });
    expect(hasCriteria(fromUrl("").query)).toBe(false);
    expect(hasCriteria(fromUrl("page=2").query)).toBe(false);
    expect(hasCriteria(fromUrl("free=1").query)).toBe(true);
  });

  it("drops nonsense with a message and keeps the rest of the search", () => {
    const { query, problems } = fromUrl(
      "postcode=hello&radius=abc&category=visual-arts&category=nope&need=dementia&need=sad&day=someday&page=-4&free=maybe&age=300",
    );
    expect(query.postcode).toBeUndefined();
    expect(query.radius).toBeUndefined();
    expect(query.category).toEqual(["visual-arts"]);
    expect(query.need).toEqual(["dementia"]);
    expect(query.day).toBeUndefined();
    expect(query.page).toBe(1);
    expect(query.free).toBe(false);
    expect(query.age).toBeUndefined();
    const fields = problems.map((p) => p.field).sort();
    expect(fields).toEqual(["age", "category", "day", "free", "need", "page", "postcode", "radius"]);
    expect(problems.find((p) => p.field === "postcode")!.message).toMatch(/full postcode, like BD7 1DP/);
    expect(problems.find((p) => p.field === "category")!.message).toContain("“nope”");
  });

  it("treats blank form fields as not given, and takes the first of a repeated single value", () => {
    const { query, problems } = fromUrl("q=&postcode=+&radius=&place=&page=2&page=9");
    expect(problems).toEqual([]);
    expect(query).toMatchObject({ q: undefined, postcode: undefined, place: undefined, page: 2 });
  });

  it("accepts a sane map area and rejects one that is not", () => {
    expect(fromUrl("bbox=-1.9,53.7,-1.8,53.75").query.bbox).toEqual({ west: -1.9, south: 53.7, east: -1.8, north: 53.75 });
    for (const bad of ["1,2,3", "-1.8,53.7,-1.9,53.75", "a,b,c,d", "-40,53,-1,54", "-1.9,53.7,-1.8,53.75,9"]) {
      const r = fromUrl(`bbox=${bad}`);
      expect(r.query.bbox, bad).toBeUndefined();
      expect(r.problems.map((p) => p.field)).toEqual(["bbox"]);
    }
  });
});

// Any combination of parameters, known or not, with any values: the parser must never throw, everything it
// returns must be a value the search understands, and its own URL must read back to the same search.
const knownKey = fc.constantFrom(...SEARCH_KEYS);
const anyKey = fc.oneof(knownKey, fc.string({ maxLength: 12 }));
const plausible = fc.oneof(
  fc.constantFrom(
    "1",
    "0",
    "on",
    "2",
    "5",
    "-1",
    "1e9",
    "NaN",
    "Infinity",
    "BD7 1DP",
    "bd7",
    "LS1",
    "E08000033",
    "E05001347",
    "mon",
    "evening",
  ),
  fc.constantFrom(...codesOf("category"), ...codesOf("audience"), ...codesOf("need"), "in_person", "drop_in", "-1.9,53.7,-1.8,53.75"),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 300 }),
);
const anyValue = fc.oneof(plausible, fc.array(plausible, { maxLength: 4 }), fc.constant(undefined), fc.integer(), fc.constant(null));
const anyParams = fc.dictionary(anyKey, anyValue, { maxKeys: 12 });

// Thousands of runs: generous time on a loaded two-core CI machine (a second when idle).
describe("parseSearchParams with arbitrary input", { timeout: 30_000 }, () => {
  it("never throws and returns only values the search understands", () => {
    const categories = new Set(codesOf("category"));
    const needs = new Set(codesOf("need"));
    fc.assert(
      fc.property(anyParams, (raw) => {
        const { query, problems } = parseSearchParams(raw);
        expect(query.page).toBeGreaterThanOrEqual(1);
        expect(query.page).toBeLessThanOrEqual(MAX_PAGE);
        if (query.radius !== undefined) expect(query.postcode).toBeDefined();
        if (query.radius !== undefined) expect(query.radius).toBeGreaterThanOrEqual(0.5);
        for (const c of query.category) expect(categories.has(c)).toBe(true);
        for (const n of query.need) expect(needs.has(n)).toBe(true);
        if (query.q !== undefined) expect(query.q.length).toBeLessThanOrEqual(200);
        for (const p of problems) expect(SEARCH_KEYS).toContain(p.field);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads its own URL back to the same search, with no problems", () => {
    fc.assert(
      fc.property(anyParams, (raw) => {
        const first = parseSearchParams(raw).query;
        const again = fromUrl(searchParamsOf(first).toString());
        expect(again.problems).toEqual([]);
        expect(again.query).toEqual(first);
      }),
      { numRuns: 1000 },
    );
  });
});
