import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseApiQuery, serviceAtLocationsQuerySchema, servicesQuerySchema, taxonomyTermsQuerySchema } from "./oruk-query";

const parse = (query: string) => parseApiQuery(servicesQuerySchema, new URLSearchParams(query));

describe("the API's query parameters", () => {
  it("reads the standard's parameters and our local ones", () => {
    expect(
      parse("page=2&per_page=100&search=choir&day=tuesday&start_time=09:30&end_time=12:00&postcode=bd71dp&proximity=2000&place=E08000032"),
    ).toEqual({
      ok: true,
      value: {
        page: 2,
        per_page: 100,
        search: "choir",
        day: "TU",
        start_time: 570,
        end_time: 720,
        postcode: "BD7 1DP",
        proximity: 2000,
        place: "E08000032",
      },
    });
    expect(parse("modified_after=2026-01-31T10:00:00%2B01:00")).toMatchObject({ ok: true });
    expect(parse("day=su")).toEqual({ ok: true, value: { day: "SU" } });
    expect(parse("search=%20%20&page=")).toEqual({ ok: true, value: {} });
  });

  it("names the parameter it cannot use, and why", () => {
    expect(parse("per_page=101")).toEqual({ ok: false, problem: { parameter: "per_page", message: "per_page must be at most 100" } });
    expect(parse("page=1.5")).toEqual({ ok: false, problem: { parameter: "page", message: "page must be a whole number" } });
    expect(parse("day=Funday")).toMatchObject({ ok: false, problem: { parameter: "day" } });
    expect(parse("search=a&search=b")).toEqual({ ok: false, problem: { parameter: "search", message: "search must be given once" } });
  });

  it("never throws, and every problem names a parameter of the schema", () => {
    const keys = [
      "page",
      "per_page",
      "search",
      "day",
      "start_time",
      "end_time",
      "postcode",
      "proximity",
      "ward",
      "place",
      "taxonomy_id",
      "x",
    ];
    const schemas = [servicesQuerySchema, serviceAtLocationsQuerySchema, taxonomyTermsQuerySchema];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...keys), fc.string({ maxLength: 30 })), { maxLength: 6 }), fc.nat(2), (pairs, i) => {
        const schema = schemas[i]!;
        const result = parseApiQuery(schema, new URLSearchParams(pairs));
        if (!result.ok) {
          expect(Object.keys(schema.shape)).toContain(result.problem.parameter);
          expect(result.problem.message).toContain(result.problem.parameter);
        }
      }),
    );
  });
});
