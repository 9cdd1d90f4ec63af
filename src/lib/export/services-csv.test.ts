import { describe, expect, it } from "vitest";
import type { PublicListing, PublicSession, PublicVenue } from "@/lib/public-listing";
import { SERVICES_CSV_HEADER, servicesCsvRows } from "./services-csv";

const venue = (over: Partial<PublicVenue>): PublicVenue => ({
  id: "v1",
  serviceAtLocationId: "sal1",
  name: "Square Chapel",
  address: { lines: ["10 Square Road", "Halifax"], postcode: "HX1 1QG" },
  area: "Town, Calderdale",
  town: "Halifax",
  ward: "Town",
  place: "Calderdale",
  point: { lat: 53.72, lng: -1.86 },
  hidden: false,
  accessibility: [],
  ...over,
});

const session = (over: Partial<PublicSession>): PublicSession => ({
  id: "s1",
  venueName: null,
  serviceAtLocationId: null,
  freq: "WEEKLY",
  interval: 1,
  byDay: "TU",
  dtstart: null,
  validFrom: null,
  validTo: null,
  opensAt: 1140,
  closesAt: 1260,
  ...over,
});

const choir: PublicListing = {
  id: "00000000-0000-4000-8000-000000000009",
  name: "Halifax Community Choir",
  alternateName: null,
  description: "Sing together, no auditions.",
  status: "active",
  categories: ["singing-and-choirs"],
  audiences: [],
  needs: [],
  minimumAge: 16,
  maximumAge: null,
  attendingTypes: ["in_person"],
  accessTypes: ["drop_in"],
  isFree: false,
  fees: "£3 a session",
  url: "https://choir.example",
  email: "sing@choir.example",
  contacts: [],
  phones: ["01422 000000"],
  organisation: { name: "Halifax Singers", website: null, charityNumber: null },
  venues: [
    venue({}),
    venue({
      id: "v2",
      serviceAtLocationId: "sal2",
      name: "Kitchen Table",
      address: null,
      town: null,
      hidden: true,
      point: { lat: 53.73, lng: -1.87 },
    }),
  ],
  sessions: [
    session({ id: "s1", serviceAtLocationId: "sal1" }),
    session({ id: "s2", serviceAtLocationId: "sal2", byDay: "TH", description: "Small group" }),
    session({
      id: "s3",
      serviceAtLocationId: null,
      freq: null,
      interval: null,
      byDay: null,
      dtstart: "2026-12-19",
      opensAt: 600,
      closesAt: 720,
    }),
  ],
  nextSession: null,
  verifiedAt: new Date("2026-10-01T10:00:00Z"),
  lastModified: new Date("2026-11-01T09:00:00Z"),
  staleSince: null,
  sources: [],
  facts: [],
};

const byHeader = (row: unknown[]) => Object.fromEntries(SERVICES_CSV_HEADER.map((h, i) => [h, row[i]]));

describe("servicesCsvRows", () => {
  it("gives each venue a row, with its own sessions and those of the listing as a whole", () => {
    const [chapel, home] = servicesCsvRows(choir, "https://example.org/services/x").map(byHeader);
    expect(chapel).toMatchObject({
      "Service at location ID": "sal1",
      Venue: "Square Chapel",
      Address: "10 Square Road",
      Town: "Halifax",
      Postcode: "HX1 1QG",
      "Days and times": "Every Tuesday, 7pm to 9pm; Saturday 19 December 2026, 10am to 12pm",
      Cost: "£3 a session",
      Ages: "16 and over",
      "How to join": "Drop in: no need to book",
      Verified: "2026-10-01",
      "Last modified": "2026-11-01T09:00:00.000Z",
      Source: "Provider",
      "Listing on this directory": "https://example.org/services/x",
    });
    expect(home).toMatchObject({
      "Service at location ID": "sal2",
      Address: undefined,
      Postcode: undefined,
      Ward: "Town",
      Latitude: 53.73,
    });
    expect(home!["Days and times"]).toBe("Every Thursday, 7pm to 9pm. Small group; Saturday 19 December 2026, 10am to 12pm");
  });

  it("gives a listing with no venue one row, its venue columns empty", () => {
    const rows = servicesCsvRows({ ...choir, venues: [] }, "u");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveLength(SERVICES_CSV_HEADER.length);
    expect(byHeader(rows[0]!)).toMatchObject({
      Venue: undefined,
      Postcode: undefined,
      Latitude: undefined,
      Name: "Halifax Community Choir",
    });
  });
});
