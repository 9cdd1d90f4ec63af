import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/return-path";
import { parseShortlistIds } from "@/lib/shortlist";
import { parseInsightsQuery } from "./insights";
import { queueFilterSchema } from "./moderation";
import { SEARCH_KEYS, parseSearchParams } from "./search";

// Every query string a page or route handler parses, fed arbitrary input: the parsers never throw, and every
// problem they report names a field and says what was wrong.

const KEYS = [...SEARCH_KEYS, "category", "place", "verified", "map", "kind", "age", "page", "callbackUrl", "ids", "done", "email"];
const VALUES = [
  "",
  "0",
  "1",
  "-1",
  "1e309",
  "NaN",
  "__proto__",
  "constructor",
  "E08000035",
  "LS6 2AB",
  "singing-and-choirs",
  "%ff",
  "[]",
  "0,0,0,0",
];

const key = fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 12 }));
const value = fc.oneof(fc.constantFrom(...VALUES), fc.string({ maxLength: 80 }), fc.string({ unit: "grapheme", maxLength: 40 }));
/** A query string as a browser could send it, including raw bytes that do not decode. */
const queryString = fc.oneof(
  fc.array(fc.tuple(key, value), { maxLength: 12 }).map((pairs) => new URLSearchParams(pairs).toString()),
  fc.string({ maxLength: 200 }),
  fc.array(fc.constantFrom("&", "=", "%", "ff", "+", "q", "page", "%E0%A4", ";", "#"), { maxLength: 30 }).map((parts) => parts.join("")),
);

/** What Next passes a page as searchParams: one string, or an array when a key repeats. */
function nextSearchParams(qs: string): Record<string, string | string[]> {
  const params = new URLSearchParams(qs);
  const out: Record<string, string | string[]> = {};
  for (const k of new Set(params.keys())) {
    const all = params.getAll(k);
    out[k] = all.length > 1 ? all : all[0]!;
  }
  return out;
}

const runs = { numRuns: 200 };

describe("query strings from anyone", { timeout: 60_000 }, () => {
  it("search: never throws; every problem names a search field and has a message", () => {
    fc.assert(
      fc.property(queryString, (qs) => {
        const { query, problems } = parseSearchParams(nextSearchParams(qs));
        expect(query.page).toBeGreaterThanOrEqual(1);
        for (const p of problems) {
          expect(SEARCH_KEYS).toContain(p.field);
          expect(p.message.trim().length).toBeGreaterThan(0);
        }
      }),
      runs,
    );
  });

  it("insights page and CSV export: never throw; what is ignored is said", () => {
    fc.assert(
      fc.property(queryString, (qs) => {
        for (const raw of [nextSearchParams(qs), new URLSearchParams(qs)]) {
          const { filters, notices } = parseInsightsQuery(raw);
          expect(["provision", "deprivation", "combined"]).toContain(filters.map);
          for (const notice of notices) expect(notice.trim().length).toBeGreaterThan(0);
        }
      }),
      runs,
    );
  });

  it("moderation queue filters: anything unrecognised falls back, never an error page", () => {
    fc.assert(
      fc.property(queryString, (qs) => {
        const filter = queueFilterSchema.parse(nextSearchParams(qs));
        expect(filter.page).toBeGreaterThanOrEqual(1);
      }),
      runs,
    );
  });

  it("return paths and shortlist ids: always a same-site path and only listing ids", () => {
    fc.assert(
      fc.property(queryString, (qs) => {
        const raw = nextSearchParams(qs);
        expect(safeReturnPath(raw.callbackUrl)).toMatch(/^\/(?![/\\])/);
        for (const id of parseShortlistIds(raw.ids)) expect(id).toMatch(/^[0-9a-f-]{36}$/i);
      }),
      runs,
    );
  });
});
