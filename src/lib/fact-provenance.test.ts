import { describe, expect, it } from "vitest";
import {
  accessWithProvenance,
  costWithProvenance,
  factSourceLabel,
  factSourceText,
  isConfirmed,
  provenanceText,
  type FactProvenance,
} from "./fact-provenance";

const usualPark: FactProvenance = { fact: "cost", state: "usual", sources: [], kindOfPlace: "park", note: null, confirmedAt: null };
const fromOsm: FactProvenance = { fact: "schedule", state: "imported", sources: ["osm"], kindOfPlace: null, note: null, confirmedAt: null };
const byModerator: FactProvenance = {
  fact: "cost",
  state: "confirmed",
  sources: ["moderator"],
  kindOfPlace: null,
  note: null,
  confirmedAt: new Date("2026-12-01T10:00:00Z"),
};

describe("fact provenance wording", () => {
  it("says a park's cost is usual for its kind, not confirmed", () => {
    expect(costWithProvenance(true, null, usualPark)).toBe("Free to visit (usual for a public park; not confirmed by the venue)");
    expect(accessWithProvenance(["drop_in"], { ...usualPark, fact: "access" })).toBe(
      "Open access: no need to book (usual for a public park; not confirmed by the venue)",
    );
    expect(accessWithProvenance(["drop_in"], { ...usualPark, fact: "access", kindOfPlace: "library" })).toBe(
      "Drop in: no need to book (usual for a public library; not confirmed by the venue)",
    );
  });

  it("names the open source of an imported fact and the date of a confirmed one", () => {
    expect(provenanceText(fromOsm)).toBe("from OpenStreetMap; not confirmed");
    expect(provenanceText({ ...fromOsm, sources: ["libraries-hacked-councils", "osm"] })).toBe(
      "from the council's library records, via Libraries Hacked and OpenStreetMap; not confirmed",
    );
    expect(costWithProvenance(false, "£3 a session", byModerator)).toBe("£3 a session (confirmed by a moderator on 1 December 2026)");
  });

  it("counts only human checks as confirmed, and says when a fact is not stated", () => {
    expect([usualPark, fromOsm, byModerator, null].map(isConfirmed)).toEqual([false, false, true, false]);
    expect(provenanceText(null)).toBe("not stated");
    expect(costWithProvenance(null, null, null)).toBeNull();
  });

  it("says where a fact comes from in a sentence for the page and in a word or two for print and email", () => {
    expect([byModerator, fromOsm, usualPark, { ...usualPark, kindOfPlace: "library" }, null].map((p) => factSourceText(p))).toEqual([
      "Confirmed by a moderator on 1 December 2026",
      "From OpenStreetMap; not confirmed",
      "Usual for a public park; not confirmed by the venue",
      "Usual for a public library; not confirmed by the venue",
      "Not stated — ask them",
    ]);
    expect([byModerator, fromOsm, usualPark, { ...usualPark, kindOfPlace: "nature_reserve" }, null].map((p) => factSourceLabel(p))).toEqual(
      ["confirmed", "from open data", "usual for a park", "usual for a nature reserve", "not stated — ask them"],
    );
    // A value entered before provenance was kept is shown, but never as confirmed.
    expect(factSourceText(null, true)).toBe("Not confirmed");
    expect(factSourceLabel(null, true)).toBe("not confirmed");
  });
});
