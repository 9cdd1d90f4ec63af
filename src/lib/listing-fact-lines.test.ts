import { describe, expect, it } from "vitest";
import type { FactProvenance } from "./fact-provenance";
import { factLineText, listingFactLines, sourceCredits } from "./listing-fact-lines";
import type { PublicListing } from "./public-listing";

const fact = (f: Partial<FactProvenance> & Pick<FactProvenance, "fact" | "state">): FactProvenance => ({
  sources: [],
  kindOfPlace: null,
  note: null,
  confirmedAt: null,
  ...f,
});

/** Dewsbury Library as the seed loads it: council hours and contacts, free and drop in as usual for a library. */
const library: PublicListing = {
  id: "00000000-0000-4000-8000-000000000001",
  name: "Dewsbury Library",
  description: "",
  status: "active",
  categories: ["reading-groups-and-library-activities"],
  audiences: [],
  needs: [],
  minimumAge: null,
  maximumAge: null,
  attendingTypes: ["in_person"],
  accessTypes: ["drop_in"],
  isFree: true,
  fees: null,
  url: "https://www.kirklees.gov.uk/Libraries",
  email: "frontline.services@kirklees.gov.uk",
  contacts: [],
  phones: ["01924 325080"],
  organisation: null,
  venues: [
    {
      id: "v1",
      serviceAtLocationId: "sal1",
      name: "Dewsbury Library",
      address: { lines: ["Dewsbury Retail Park, Railway Street", "Dewsbury"], postcode: "WF12 8EQ" },
      area: "Dewsbury East, Kirklees",
      town: "Dewsbury",
      ward: "Dewsbury East",
      place: "Kirklees",
      point: { lat: 53.6895, lng: -1.62674 },
      hidden: false,
      accessibility: [],
    },
  ],
  sessions: [
    {
      id: "s1",
      venueName: null,
      serviceAtLocationId: null,
      freq: "WEEKLY",
      interval: 1,
      byDay: "MO",
      dtstart: null,
      validFrom: null,
      validTo: null,
      opensAt: 570,
      closesAt: 1020,
    },
  ],
  nextSession: null,
  verifiedAt: null,
  lastModified: new Date("2026-11-01T09:00:00Z"),
  staleSince: null,
  alternateName: null,
  sources: [
    {
      code: "libraries-hacked",
      name: "LibrariesHacked public libraries data",
      licence: "Licence not stated",
      link: null,
      fetched: "2023 list",
    },
  ],
  facts: [
    fact({ fact: "schedule", state: "imported", sources: ["libraries-hacked-councils"] }),
    fact({ fact: "cost", state: "usual", kindOfPlace: "library" }),
    fact({ fact: "access", state: "usual", kindOfPlace: "library" }),
    fact({ fact: "contact", state: "imported", sources: ["libraries-hacked-councils", "osm"] }),
  ],
};

const text = (l: PublicListing) => Object.fromEntries(listingFactLines(l).map((line) => [line.label, factLineText(line)]));

describe("listingFactLines", () => {
  it("puts a library's hours, cost, joining and contact into words, each with where it comes from", () => {
    expect(text(library)).toEqual({
      What: "Reading groups and library activities",
      When: "Every Monday, 9:30am to 5pm (from open data)",
      Where: "Dewsbury Library, Dewsbury Retail Park, Railway Street, Dewsbury, WF12 8EQ",
      Cost: "Free to visit (usual for a library)",
      "How to join": "Drop in: no need to book (usual for a library)",
      Phone: "01924 325080 (from open data)",
      Email: "frontline.services@kirklees.gov.uk (from open data)",
      Website: "https://www.kirklees.gov.uk/Libraries (from open data)",
    });
  });

  it("says confirmed for what a person checked, and not stated for what nobody gave", () => {
    const confirmed = fact({ fact: "cost", state: "confirmed", sources: ["moderator"], confirmedAt: new Date("2026-12-01T10:00:00Z") });
    const lines = text({
      ...library,
      isFree: false,
      fees: "£3 a session",
      accessTypes: [],
      sessions: [],
      phones: [],
      email: null,
      url: null,
      facts: [confirmed],
    });
    expect(lines.Cost).toBe("£3 a session (confirmed)");
    expect(lines.When).toBe("Not stated — ask them");
    expect(lines["How to join"]).toBe("Not stated — ask them");
    expect(lines.Contact).toBe("No contact details yet");
    expect(lines.Phone).toBeUndefined();
  });

  it("keeps opening hours that could not be read as times, and states accessibility with its source", () => {
    const lines = text({
      ...library,
      sessions: [],
      venues: [{ ...library.venues[0]!, accessibility: ["step-free-access"] }],
      facts: [
        fact({ fact: "schedule", state: "imported", sources: ["osm"], note: "Opening hours: Mo-Fr 09:00-17:00; PH off" }),
        fact({ fact: "accessibility", state: "imported", sources: ["osm"], note: "No wheelchair-accessible toilet." }),
      ],
    });
    expect(lines.When).toBe("Opening hours: Mo-Fr 09:00-17:00; PH off (from open data)");
    expect(lines.Accessibility).toMatch(/^Step-free.*\. No wheelchair-accessible toilet\. \(from open data\)$/);
    expect(lines.Cost).toBe("Free (not confirmed)");
  });

  it("gives only the area of a home address", () => {
    const lines = text({ ...library, venues: [{ ...library.venues[0]!, name: null, address: null, hidden: true, area: "Todmorden" }] });
    expect(lines.Where).toBe("Todmorden (the exact address is given when you get in touch)");
  });

  it("credits each open data source once, with its licence, under the whole list", () => {
    expect(sourceCredits([library, { ...library, id: "00000000-0000-4000-8000-000000000002" }])).toEqual([
      "LibrariesHacked public libraries data, Licence not stated",
      "The council's library records, via Libraries Hacked, Open Government Licence v3.0 (published by the councils as open data)",
      "OpenStreetMap, Open Database Licence (ODbL) 1.0",
    ]);
  });
});
