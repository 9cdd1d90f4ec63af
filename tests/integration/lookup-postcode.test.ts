import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lookupPostcode } from "@/server/geo/lookup-postcode";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});
afterAll(() => t?.drop());

describe("lookupPostcode (real ONS postcode table)", () => {
  it("geocodes a full postcode however it is typed, with its place, ward and LSOA", async () => {
    const result = await lookupPostcode("ls11aa", t.db);
    expect(result).toEqual({
      ok: true,
      value: {
        kind: "postcode",
        label: "LS1 1AA",
        lat: 53.79617,
        lng: -1.55254,
        placeCode: "E08000035",
        wardCode: expect.stringMatching(/^E05/),
        lsoaCode: "E01033008",
      },
    });
  });

  it("geocodes a postcode district to its centroid", async () => {
    const result = await lookupPostcode(" bd7 ", t.db);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toMatchObject({ kind: "district", label: "BD7", placeCode: "E08000032", wardCode: null });
  });

  it("says clearly when a postcode is malformed or outside West Yorkshire", async () => {
    expect(await lookupPostcode("not a postcode", t.db)).toMatchObject({ ok: false, error: { code: "invalid" } });
    const outside = await lookupPostcode("EC1A 1BB", t.db);
    expect(outside).toMatchObject({ ok: false, error: { code: "not_found" } });
    if (!outside.ok) expect(outside.error.message).toContain("EC1A 1BB");
  });
});
