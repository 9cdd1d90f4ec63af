import { describe, expect, it } from "vitest";
import { accessWithProvenance, costWithProvenance, isConfirmed, provenanceText, type FactProvenance } from "./fact-provenance";

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
      "from the council's library records (Libraries Hacked) and OpenStreetMap; not confirmed",
    );
    expect(costWithProvenance(false, "£3 a session", byModerator)).toBe("£3 a session (confirmed by a moderator on 1 December 2026)");
  });

  it("counts only human checks as confirmed, and says when a fact is not stated", () => {
    expect([usualPark, fromOsm, byModerator, null].map(isConfirmed)).toEqual([false, false, true, false]);
    expect(provenanceText(null)).toBe("not stated");
    expect(costWithProvenance(null, null, null)).toBeNull();
  });
});
