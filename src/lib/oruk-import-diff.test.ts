import { describe, expect, it } from "vitest";
import { sampleImportedService } from "../../tests/support/imported-service";
import { costOptionText, diffImportedServices, importWarnings, keptTerms, originalTermMatches, pointText } from "./oruk-import-diff";

const changed = (rows: ReturnType<typeof diffImportedServices>) => rows.filter((r) => r.change !== "unchanged");

describe("diffImportedServices", () => {
  it("shows every field of a new import as added, in the listing's words", () => {
    const rows = diffImportedServices(null, sampleImportedService());
    const by = (key: string) => rows.find((r) => r.key === key);
    expect(by("name")).toMatchObject({ after: "Calder Valley Singers", change: "added", before: null });
    expect(by("categories")?.after).toBe("Singing and choirs");
    expect(by("ages")?.after).toBe("All ages");
    expect(by("isFree")?.after).toBe("Yes");
    expect(by("accessTypes")?.after).toBe("Drop in");
    expect(by("venue:loc-1")?.after).toContain("Square Chapel, 10 Square Road, Halifax HX1 1QG");
    expect(by("venue:loc-1")?.after).toContain("Map point: From the feed");
    expect(by("session:after:0")?.after).toBe("Every Tuesday, 7pm to 9pm at Square Chapel");
    // Sections in reading order, venues and sessions before cost.
    expect([...new Set(rows.map((r) => r.section))]).toEqual(["What", "Who for", "Where", "When", "Cost", "How to join"]);
  });

  it("finds nothing to show when the feed said the same thing again", () => {
    expect(changed(diffImportedServices(sampleImportedService(), sampleImportedService()))).toEqual([]);
  });

  it("says what changed field by field, lists by what was added and removed", () => {
    const before = sampleImportedService();
    const after = sampleImportedService({
      name: "Calder Valley Community Singers",
      isFree: false,
      fees: "£3 a session",
      costOptions: [{ option: "Adults", amount: 3, amountDescription: "per session" }],
      categories: ["singing-and-choirs", "music-making"],
      phones: ["01422 111111"],
      minimumAge: 18,
    });
    const rows = changed(diffImportedServices(before, after));
    const by = (key: string) => rows.find((r) => r.key === key);
    expect(by("name")).toMatchObject({ before: "Calder Valley Singers", after: "Calder Valley Community Singers", change: "changed" });
    expect(by("isFree")).toMatchObject({ before: "Yes", after: "No, there is a cost" });
    expect(by("fees")).toMatchObject({ before: null, change: "added" });
    expect(by("costOptions")?.after).toBe("Adults: £3 (per session)");
    expect(by("categories")?.note).toBe("Added: Music making.");
    expect(by("phones")?.note).toBe("Added: 01422 111111. Removed: 01422 000000.");
    expect(by("ages")).toMatchObject({ before: "All ages", after: "18 and over" });
    expect(rows.map((r) => r.key)).not.toContain("description");
  });

  it("pairs venues by the feed's location id and compares their fields, point source included", () => {
    const before = sampleImportedService();
    const loc = before.locations[0]!;
    const after = sampleImportedService({
      locations: [
        { ...loc, name: "Square Chapel Arts Centre", lat: null, lng: null, pointFrom: "none", accessibility: [] },
        { ...loc, sourceId: "loc-2", name: "Halifax Minster", postcode: "HX1 1QE" },
      ],
    });
    const rows = changed(diffImportedServices(before, after));
    expect(rows.find((r) => r.key === "venue:loc-1:name")).toMatchObject({ before: "Square Chapel", after: "Square Chapel Arts Centre" });
    expect(rows.find((r) => r.key === "venue:loc-1:point")?.after).toBe("None: it will not show on the map");
    expect(rows.find((r) => r.key === "venue:loc-1:accessibility")).toMatchObject({ change: "removed" });
    expect(rows.find((r) => r.key === "venue:loc-2")).toMatchObject({ change: "added" });
    // The session's venue was renamed, so its words changed: one removed, one added.
    expect(rows.filter((r) => r.section === "When").map((r) => r.change)).toEqual(["added", "removed"]);
  });

  it("words sessions the way the listing does, monthly and dated ones too", () => {
    const value = sampleImportedService({
      schedules: [
        {
          locationIndex: null,
          freq: "MONTHLY",
          interval: 1,
          byDay: "SA",
          weekOfMonth: 1,
          dtstart: null,
          validFrom: null,
          validTo: null,
          opensAt: 600,
          closesAt: 720,
          description: "Bring a mug",
        },
        {
          locationIndex: 0,
          freq: null,
          interval: null,
          byDay: null,
          weekOfMonth: null,
          dtstart: "2026-12-05",
          validFrom: null,
          validTo: null,
          opensAt: 840,
          closesAt: null,
          description: null,
        },
      ],
    });
    const sessions = diffImportedServices(null, value)
      .filter((r) => r.section === "When")
      .map((r) => r.after);
    expect(sessions).toEqual([
      "Once a month on the first Saturday, 10am to 12pm. Bring a mug",
      "Saturday 5 December 2026, from 2pm at Square Chapel",
    ]);
  });
});

describe("import words", () => {
  it("words cost options and point sources", () => {
    expect(costOptionText({ option: null, amount: 0, amountDescription: null })).toBe("Free");
    expect(costOptionText({ option: "Concessions", amount: 2.5, amountDescription: null })).toBe("Concessions: £2.50");
    expect(pointText({ ...sampleImportedService().locations[0]!, pointFrom: "postcode" })).toMatch(
      /^At the centre of its postcode \(53\.72050/,
    );
  });

  it("flags venues with no map point and an import no category matched, after the importer's own warnings", () => {
    const loc = sampleImportedService().locations[0]!;
    const value = sampleImportedService({
      warnings: ["latitude 100 is impossible: placed at its postcode"],
      categories: [],
      locations: [{ ...loc, lat: null, lng: null, pointFrom: "none" }],
    });
    expect(importWarnings(value)).toEqual([
      "latitude 100 is impossible: placed at its postcode",
      "Square Chapel has no map point: it will not show on the map.",
      "None of the feed's terms matched our categories, so it will not be found by browsing a category.",
    ]);
    expect(importWarnings(sampleImportedService())).toEqual([]);
  });
});

describe("originalTermMatches", () => {
  it("says which of our terms each feed term matched, by code, name or the term map", () => {
    const value = sampleImportedService({
      categories: ["singing-and-choirs"],
      originalTerms: [
        { taxonomy: "ours", code: "singing-and-choirs", name: "Choir" },
        { taxonomy: "esd", code: "123", name: "Singing and Choirs" },
        { taxonomy: "esd", code: "999", name: "Choirs" },
        { taxonomy: "esd", code: "998", name: "Bin collection" },
      ],
    });
    expect(originalTermMatches(value).map((t) => t.ours)).toEqual([
      ["Singing and choirs"],
      ["Singing and choirs"],
      ["Singing and choirs"],
      [],
    ]);
    expect(keptTerms(value)).toEqual([{ label: "Categories", names: ["Singing and choirs"] }]);
  });
});
