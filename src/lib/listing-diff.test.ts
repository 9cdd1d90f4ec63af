import { describe, expect, it } from "vitest";
import { listingSchema, type Listing, type ListingInput } from "@/lib/validation/listing";
import { diffListings, hasChanges, type DiffRow } from "./listing-diff";

const base: ListingInput = {
  name: "Square Chapel Singers",
  description: "A friendly community choir. No auditions, no need to read music.",
  categories: ["singing-and-choirs"],
  attendingTypes: ["in_person"],
  locations: [
    { name: "Square Chapel", address1: "10 Square Road", city: "Halifax", postcode: "HX1 1QG", accessibility: ["step-free-access"] },
  ],
  sessions: [{ kind: "weekly", byDay: "TU", opensAt: "19:00", closesAt: "21:00" }],
  isFree: true,
  accessTypes: ["drop_in"],
};
const listing = (over: Partial<ListingInput> = {}): Listing => listingSchema.parse({ ...base, ...over });
const changed = (rows: DiffRow[]) => rows.filter((r) => r.change !== "unchanged");

describe("diffListings", () => {
  it("finds nothing to report when the listings are the same", () => {
    const rows = diffListings(listing(), listing());
    expect(hasChanges(rows)).toBe(false);
    expect(rows.find((r) => r.key === "name")).toMatchObject({
      before: "Square Chapel Singers",
      after: "Square Chapel Singers",
      change: "unchanged",
    });
  });

  it("marks every given field of a new listing as added", () => {
    const rows = diffListings(null, listing());
    expect(rows.find((r) => r.key === "name")).toMatchObject({ before: null, after: "Square Chapel Singers", change: "added" });
    expect(rows.find((r) => r.label === "Venue: Square Chapel")).toMatchObject({
      change: "added",
      after: "Square Chapel, 10 Square Road, Halifax HX1 1QG (Step-free access)",
    });
    expect(rows.find((r) => r.label === "Session")).toMatchObject({ change: "added", after: "Every Tuesday, 7pm to 9pm at Square Chapel" });
    // Fields the provider left empty are not reported as changes.
    expect(rows.find((r) => r.key === "phone")).toMatchObject({ change: "unchanged", before: null, after: null });
  });

  it("words changed, added and removed plain fields", () => {
    const rows = changed(
      diffListings(listing({ phone: "01422 123456" }), listing({ name: "Square Chapel Choir", url: "https://example.org" })),
    );
    expect(rows).toEqual([
      { key: "name", section: "What", label: "Name", before: "Square Chapel Singers", after: "Square Chapel Choir", change: "changed" },
      { key: "phone", section: "How to join", label: "Phone", before: "01422 123456", after: null, change: "removed" },
      { key: "url", section: "How to join", label: "Website", before: null, after: "https://example.org", change: "added" },
    ]);
  });

  it("says which categories were added and removed, by name", () => {
    const [row] = changed(diffListings(listing(), listing({ categories: ["music-making", "dance-and-movement"] })));
    expect(row).toMatchObject({ label: "Categories", change: "changed", before: "Singing and choirs" });
    expect(row!.note).toMatch(/^Added: Music making, Dance and movement\. Removed: Singing and choirs\.$/);
  });

  it("compares a venue field by field when it is the same place", () => {
    const moved = { ...base.locations![0]!, address2: "Back entrance", accessibility: ["step-free-access", "hearing-loop"] };
    const rows = changed(diffListings(listing(), listing({ locations: [moved] })));
    expect(rows.map((r) => [r.label, r.change])).toEqual([
      ["Venue: Square Chapel – address line 2", "added"],
      ["Venue: Square Chapel – accessibility", "changed"],
    ]);
    expect(rows[1]!.note).toBe("Added: Hearing loop.");
  });

  it("reports a venue at a new postcode as one removed and one added venue, and the sessions that moved with it", () => {
    const elsewhere = { name: "Dean Clough", address1: "Dean Clough Mills", city: "Halifax", postcode: "HX3 5AX", accessibility: [] };
    const rows = changed(diffListings(listing(), listing({ locations: [elsewhere] })));
    expect(rows.map((r) => [r.label, r.change])).toEqual([
      ["Venue: Dean Clough", "added"],
      ["Venue: Square Chapel", "removed"],
      ["Session", "added"],
      ["Session", "removed"],
    ]);
  });

  it("diffs sessions as a set: an unchanged session stays unchanged when another is added before it", () => {
    const sessions: ListingInput["sessions"] = [
      { kind: "weekly", byDay: "MO", opensAt: "10:00", closesAt: "11:00" },
      { kind: "weekly", byDay: "TU", opensAt: "19:00", closesAt: "21:00" },
      { kind: "event", date: "2026-12-12", opensAt: "14:00", closesAt: "16:00", description: "Christmas concert" },
    ];
    const rows = diffListings(listing(), listing({ sessions })).filter((r) => r.label === "Session");
    expect(rows.map((r) => [r.change, r.after ?? r.before])).toEqual([
      ["added", "Every Monday, 10am to 11am at Square Chapel"],
      ["unchanged", "Every Tuesday, 7pm to 9pm at Square Chapel"],
      ["added", "Saturday 12 December 2026, 2pm to 4pm at Square Chapel. Christmas concert"],
    ]);
  });

  it("describes ages and cost in words", () => {
    const rows = changed(diffListings(listing(), listing({ minimumAge: 18, isFree: false, fees: "£3 a session" })));
    expect(rows.map((r) => [r.label, r.before, r.after])).toEqual([
      ["Ages", "All ages", "18 and over"],
      ["Free", "Yes", "No, there is a cost"],
      ["Cost details", null, "£3 a session"],
    ]);
  });
});
