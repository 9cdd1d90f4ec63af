import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listingSchema, type ListingInput } from "@/lib/validation/listing";
import { applyListing } from "@/server/listings/apply-listing";
import { readListing } from "@/server/listings/read-listing";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});
afterAll(() => t?.drop());

const listing: ListingInput = {
  name: "Square Chapel Singers",
  description: "A friendly community choir. No auditions, no need to read music; tea and biscuits at half time.",
  categories: ["singing-and-choirs", "music-making"],
  minimumAge: 18,
  maximumAge: null,
  audiences: ["older-people"],
  needs: ["loneliness-and-isolation"],
  attendingTypes: ["in_person", "online"],
  locations: [
    {
      name: "Square Chapel",
      address1: "10 Square Road",
      city: "Halifax",
      postcode: "HX1 1QG",
      accessibility: ["step-free-access", "hearing-loop"],
    },
    { address1: "12 Home Street", city: "Halifax", postcode: "HX1 2AA", hideExactAddress: true, accessibility: [] },
  ],
  sessions: [
    { kind: "weekly", byDay: "TU", opensAt: "19:00", closesAt: "21:00" },
    { kind: "weekly", byDay: "FR", interval: 2, opensAt: "10:00", closesAt: "12:00" },
    { kind: "weekly", byDay: "SA", weekOfMonth: 1, opensAt: "10:00", closesAt: "11:00", description: "First Saturday" },
    { kind: "event", date: "2026-12-12", opensAt: "14:00", closesAt: "16:00", locationIndex: 1, description: "Christmas concert" },
  ],
  isFree: false,
  fees: "£3 a session, first one free",
  accessTypes: ["drop_in", "booking"],
  contactName: "Jo Bloggs",
  email: "hello@example.org",
  phone: "01422 123456",
  url: "https://example.org/choir",
};

describe("applyListing / readListing", () => {
  it("writes a listing onto the HSDS tables and reads back exactly what was written", async () => {
    const known = listingSchema.parse(listing);
    const vocab = await t.db.taxonomyTerm.findMany({ select: { code: true } });
    const codes = new Set(vocab.map((v) => v.code));
    // The fixture uses real vocabulary codes.
    for (const c of [...known.categories, ...known.audiences, ...known.needs, "step-free-access", "hearing-loop"])
      expect(codes).toContain(c);

    const service = await t.db.service.create({ data: { name: "placeholder", listingStatus: "draft" } });
    await t.db.$transaction((tx) => applyListing(tx, service.id, known));
    const back = await readListing(service.id, t.db);
    expect(back).toEqual({
      ...known,
      locations: known.locations.map((l) => ({
        ...l,
        lat: expect.any(Number),
        lng: expect.any(Number),
        accessibility: [...l.accessibility].sort(),
      })),
      categories: [...known.categories].sort(),
    });
    // Fortnightly and monthly sessions are stored the way HSDS / iCal read them (FREQ=WEEKLY;INTERVAL=2, FREQ=MONTHLY;BYDAY=1SA).
    const rows = await t.db.schedule.findMany({ where: { serviceId: service.id, byDay: { not: null } }, orderBy: { opensAt: "asc" } });
    expect(rows.map((r) => [r.byDay, r.freq, r.interval, r.weekOfMonth])).toEqual(
      expect.arrayContaining([
        ["TU", "WEEKLY", 1, null],
        ["FR", "WEEKLY", 2, null],
        ["SA", "MONTHLY", 1, 1],
      ]),
    );
  });

  it("geocodes venues from the postcode table, with place, ward and LSOA codes", async () => {
    const service = await t.db.service.create({ data: { name: "placeholder", listingStatus: "draft" } });
    await t.db.$transaction((tx) => applyListing(tx, service.id, listingSchema.parse(listing)));
    const locations = await t.db.location.findMany({ where: { serviceAtLocations: { some: { serviceId: service.id } } } });
    const postcode = await t.db.postcode.findUniqueOrThrow({ where: { pcd: "HX1 1QG" }, include: { lsoa: true } });
    const chapel = locations.find((l) => l.postcode === "HX1 1QG")!;
    expect(chapel).toMatchObject({
      lat: postcode.lat,
      lng: postcode.lng,
      placeCode: "E08000033",
      lsoaCode: postcode.lsoaCode,
      wardCode: postcode.lsoa.wardCode,
    });
  });

  it("replaces the previous details on a second apply, leaving no orphans", async () => {
    const service = await t.db.service.create({ data: { name: "placeholder", listingStatus: "draft" } });
    const first = listingSchema.parse(listing);
    await t.db.$transaction((tx) => applyListing(tx, service.id, first));
    const second = listingSchema.parse({
      ...listing,
      locations: [listing.locations![0]!],
      sessions: [listing.sessions![0]!],
      attendingTypes: ["in_person"],
    });
    await t.db.$transaction((tx) => applyListing(tx, service.id, second));
    expect(await t.db.schedule.count({ where: { serviceId: service.id } })).toBe(1);
    expect(await t.db.serviceAtLocation.count({ where: { serviceId: service.id } })).toBe(1);
    expect(await t.db.serviceArea.count({ where: { serviceId: service.id } })).toBe(0);
    expect(await t.db.location.count({ where: { postcode: "HX1 2AA", serviceAtLocations: { none: {} } } })).toBe(0);
  });

  it("leaves the listing untouched when the apply fails part-way", async () => {
    const service = await t.db.service.create({ data: { name: "placeholder", listingStatus: "draft" } });
    await t.db.$transaction((tx) => applyListing(tx, service.id, listingSchema.parse(listing)));
    const before = await readListing(service.id, t.db);
    const bad = { ...listingSchema.parse(listing), categories: ["no-such-category"] } as never;
    await expect(t.db.$transaction((tx) => applyListing(tx, service.id, bad))).rejects.toThrow();
    expect(await readListing(service.id, t.db)).toEqual(before);
  });
});
