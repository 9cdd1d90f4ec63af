import { describe, expect, it } from "vitest";
import { mapOrukService, type MapContext } from "./map-oruk-service";

// The postcode table stands in as a plain lookup: these tests are about reading a feed's record.
const POSTCODES: Record<string, { lat: number; lng: number }> = { "WF13 1HN": { lat: 53.6905, lng: -1.6323 } };
const ctx: MapContext = { lookupPostcode: async (pc) => POSTCODES[pc] ?? null };

const record = (over: Record<string, unknown> = {}) => ({
  id: "svc-1",
  name: "Tuesday Singers",
  description: "<p>A friendly <b>choir</b> for everyone &amp; their carers.</p><ul><li>No auditions</li></ul>",
  url: "www.tuesday-singers.example.org",
  email: "hello@tuesday-singers.example.org",
  status: "active",
  minimum_age: 16,
  organization: {
    id: "org-1",
    name: "Dewsbury Arts Trust",
    organization_identifiers: [{ identifier_scheme: "GB-CHC", identifier_type: "Charity number", identifier: "1234567" }],
  },
  service_at_locations: [
    {
      id: "sal-1",
      location: {
        id: "loc-1",
        name: "Dewsbury Library",
        latitude: 53.6907,
        longitude: -1.6329,
        addresses: [{ address_1: "Railway Street", city: "Dewsbury", postal_code: "wf131hn", address_type: "physical" }],
        accessibility: [{ description: "Induction loops in the main room", details: "Ask at the desk" }],
      },
    },
  ],
  schedules: [
    { id: "sch-1", service_at_location_id: "sal-1", freq: "WEEKLY", interval: 1, byday: "TU,TH", opens_at: "10:00:00", closes_at: "11:30" },
    { id: "sch-2", freq: "MONTHLY", byday: "2SA", opens_at: "14:00", closes_at: "16:00" },
    { id: "sch-3", dtstart: "2026-12-19", opens_at: "18:00", closes_at: "20:00", description: "Carol concert" },
  ],
  cost_options: [{ option: "Free", amount: 0 }],
  contacts: [{ name: "Ann", phones: [{ number: "01924 325080" }] }],
  attributes: [
    { taxonomy_term: { name: "Singing and choirs", code: "singing-and-choirs", taxonomy: "Category" } },
    { taxonomy_term: { name: "Mental Health", taxonomy: "Council Directory" } },
    { taxonomy_term: { name: "Bingo", taxonomy: "Council Directory" } },
  ],
  ...over,
});

async function mapped(over: Record<string, unknown> = {}) {
  const r = await mapOrukService(record(over), ctx);
  if (!r.ok) throw new Error(r.reason);
  return r.service;
}

describe("mapOrukService", () => {
  it("reads a full record into our listing's terms, in plain text", async () => {
    const s = await mapped();
    expect(s).toMatchObject({
      sourceId: "svc-1",
      name: "Tuesday Singers",
      description: "A friendly choir for everyone & their carers.\n\n• No auditions",
      url: "https://www.tuesday-singers.example.org/",
      isFree: true,
      minimumAge: 16,
      attendingTypes: ["in_person"],
      organisation: { sourceId: "org-1", name: "Dewsbury Arts Trust", charityNumber: "1234567" },
      categories: ["singing-and-choirs"],
      needs: ["low-mood-and-anxiety"],
      contacts: [{ name: "Ann", phones: ["01924 325080"] }],
    });
    expect(s.originalTerms.map((t) => t.name)).toEqual(["Singing and choirs", "Mental Health", "Bingo"]);
    expect(s.locations).toEqual([
      expect.objectContaining({ postcode: "WF13 1HN", lat: 53.6907, pointFrom: "feed", accessibility: ["hearing-loop"] }),
    ]);
    expect(s.warnings).toEqual([]);
  });

  it("turns iCal-style schedules into weekly, monthly and dated sessions at the right venue", async () => {
    const s = await mapped();
    expect(s.schedules.map((x) => [x.freq, x.byDay, x.weekOfMonth, x.dtstart, x.opensAt, x.closesAt, x.locationIndex])).toEqual([
      ["WEEKLY", "TU", null, null, 600, 690, 0],
      ["WEEKLY", "TH", null, null, 600, 690, 0],
      ["MONTHLY", "SA", 2, null, 840, 960, null],
      [null, null, null, "2026-12-19", 1080, 1200, null],
    ]);
  });

  it("does not use an impossible or far-away point: the postcode's instead, or none with a warning", async () => {
    const at = (latitude: number, longitude: number, postal_code: string) => ({
      service_at_locations: [
        { id: "sal-1", location: { id: "loc-1", name: "Hall", latitude, longitude, addresses: [{ address_1: "1 High St", postal_code }] } },
      ],
    });
    const impossible = await mapped(at(100, 101, "WF13 1HN"));
    expect(impossible.locations[0]).toMatchObject({ lat: 53.6905, lng: -1.6323, pointFrom: "postcode" });
    expect(impossible.warnings[0]).toMatch(/impossible.*placed at its postcode WF13 1HN/);
    const london = await mapped(at(51.5074, -0.1278, "SW1A 1AA"));
    expect(london.locations[0]).toMatchObject({ lat: null, lng: null, pointFrom: "none" });
    expect(london.warnings[0]).toMatch(/outside West Yorkshire and no West Yorkshire postcode.*Check it/);
  });

  it("keeps what is not stated unknown", async () => {
    const s = await mapped({ description: undefined, cost_options: [], schedules: [], attributes: [], contacts: [], organization: null });
    expect(s).toMatchObject({ description: "", isFree: null, schedules: [], categories: [], organisation: null, accessTypes: [] });
  });

  it("refuses a record without an id or a name, or with an age that is not a number, saying why", async () => {
    expect(await mapOrukService({ name: "No id" }, ctx)).toMatchObject({ ok: false, sourceId: null, reason: /^id: / });
    expect(await mapOrukService({ id: "x", name: "  " }, ctx)).toMatchObject({ ok: false, sourceId: "x", reason: "name: has no name" });
    expect(await mapOrukService(record({ minimum_age: "twelve" }), ctx)).toMatchObject({ ok: false, reason: /^minimum_age: / });
    expect(await mapOrukService("not a record", ctx)).toMatchObject({ ok: false });
  });
});
