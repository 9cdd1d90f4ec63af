import { describe, expect, it } from "vitest";
import { factSourceCredits, listingSource, listingSources } from "./listing-source";

describe("listingSource", () => {
  it("credits OpenStreetMap with its licence and links to the original object", () => {
    expect(listingSource("osm", "node/5998749306", "ODbL-1.0")).toEqual({
      code: "osm",
      name: "OpenStreetMap",
      licence: "Open Database Licence (ODbL) 1.0, © OpenStreetMap contributors",
      link: "https://www.openstreetmap.org/node/5998749306",
      fetched: "extract of July 2023",
    });
  });

  it("credits both records of a merged listing, each with its licence and edition", () => {
    const credits = listingSources({ source: "mapping-museums", sourceId: "mm.domus.YH008", licence: "CC-BY-4.0" }, ["osm:node/29058588"]);
    expect(credits.map((c) => [c.name, c.licence, c.fetched, c.link])).toEqual([
      [
        "Mapping Museums project, Birkbeck, University of London",
        "Creative Commons Attribution 4.0 (CC BY 4.0)",
        "snapshot of September 2021",
        null,
      ],
      [
        "OpenStreetMap",
        "Open Database Licence (ODbL) 1.0, © OpenStreetMap contributors",
        "extract of July 2023",
        "https://www.openstreetmap.org/node/29058588",
      ],
    ]);
    expect(listingSources({ source: "provider", sourceId: null, licence: null }, [])).toEqual([]);
  });

  it("says so honestly when a licence is not stated, and has nothing for provider listings", () => {
    expect(listingSource("libraries-hacked", "bradford/x", null)?.licence).toBe("Licence not stated");
    expect(listingSource("osm", "javascript:alert(1)", "ODbL-1.0")?.link).toBeNull();
    expect(listingSource("provider", null, null)).toBeNull();
  });
});

describe("factSourceCredits", () => {
  it("names each fact's source with its licence, and what is only usual for a library", () => {
    const base = { kindOfPlace: null, note: null, confirmedAt: null };
    expect(
      factSourceCredits([
        { ...base, fact: "schedule", state: "imported", sources: ["libraries-hacked-councils"] },
        { ...base, fact: "cost", state: "usual", sources: [], kindOfPlace: "library" },
        { ...base, fact: "access", state: "usual", sources: [], kindOfPlace: "library" },
        { ...base, fact: "contact", state: "imported", sources: ["libraries-hacked-councils", "osm"] },
        { ...base, fact: "accessibility", state: "confirmed", sources: ["provider"], confirmedAt: new Date() },
      ]),
    ).toEqual([
      {
        name: "the council's library records, via Libraries Hacked",
        licence: "Open Government Licence v3.0 (published by the councils as open data)",
        facts: "Opening hours and sessions, contact details",
      },
      { name: "usual for a public library, not from any source", licence: null, facts: "Cost, how to join" },
      { name: "OpenStreetMap", licence: "Open Database Licence (ODbL) 1.0", facts: "Contact details" },
      { name: "the people who run it, through this directory", licence: null, facts: "Accessibility" },
    ]);
  });

  it("names an Open Referral feed by its address, with the licence the import was given, for the listing and its facts", () => {
    const source = listingSource("oruk:directory.example.gov.uk/api/v1", "svc 7", "Open Government Licence v3.0");
    expect(source).toEqual({
      code: "oruk:directory.example.gov.uk/api/v1",
      name: "the Open Referral feed at directory.example.gov.uk/api/v1",
      licence: "Open Government Licence v3.0",
      link: "https://directory.example.gov.uk/api/v1/services/svc%207",
      // A feed has no fixed edition: when it was read is the import's, not the source's.
      fetched: null,
    });
    expect(listingSource("oruk:file:services.json", "1", null)).toMatchObject({ name: "the Open Referral file services.json", link: null });
    expect(listingSource("oruk:127.0.0.1:3000/api/v1", "1", null)?.link).toBe("http://127.0.0.1:3000/api/v1/services/1");
    const fact = {
      kindOfPlace: null,
      note: null,
      confirmedAt: null,
      fact: "schedule" as const,
      state: "imported" as const,
      sources: [source!.code],
    };
    expect(factSourceCredits([fact], { [source!.code]: source!.licence })).toEqual([
      {
        name: "the Open Referral feed at directory.example.gov.uk/api/v1",
        licence: "Open Government Licence v3.0",
        facts: "Opening hours and sessions",
      },
    ]);
  });
});
