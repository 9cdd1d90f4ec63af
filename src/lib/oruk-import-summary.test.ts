import { describe, expect, it } from "vitest";
import { importSummaryLines, type ImportSummary } from "./oruk-import-summary";

const base: ImportSummary = {
  feed: "example.org/api/v1",
  dryRun: false,
  fetched: 3,
  new: 0,
  changed: 0,
  unchanged: 3,
  stillWaiting: 0,
  withdrawn: 0,
  skipped: [],
  duplicatesSuggested: 0,
  waitingForModerators: 0,
  published: 0,
  needingAPoint: 0,
  actions: [],
};

describe("importSummaryLines", () => {
  it("says a re-run changed nothing", () => {
    expect(importSummaryLines(base)).toEqual(["Nothing changed: 3 services are as the feed has them."]);
  });

  it("says a re-run changed nothing even when the feed still has bad records", () => {
    expect(importSummaryLines({ ...base, skipped: [{ sourceId: "a3", reason: "has no name" }] })).toEqual([
      "Nothing changed: 3 services are as the feed has them.",
      "Skipped 1:",
      "  a3: has no name",
    ]);
  });

  it("counts what happened, and lists the skipped records with their reasons", () => {
    const lines = importSummaryLines({
      ...base,
      new: 2,
      unchanged: 0,
      duplicatesSuggested: 1,
      skipped: [{ sourceId: "s9", reason: "has no name" }],
      published: 1,
      waitingForModerators: 2,
      needingAPoint: 1,
    });
    expect(lines).toEqual([
      "Fetched 3: 2 new, 0 changed, 0 unchanged, 1 skipped, 1 duplicate suggested.",
      "1 published; 2 waiting for moderators (1 with a venue to place on the map).",
      "Skipped 1:",
      "  s9: has no name",
    ]);
  });

  it("in a dry run, says nothing was written and what each service would become", () => {
    const lines = importSummaryLines({
      ...base,
      dryRun: true,
      new: 1,
      unchanged: 2,
      published: 1,
      actions: [{ sourceId: "s1", name: "Choir", action: "new", status: "published" }],
    });
    expect(lines[0]).toBe("Dry run: nothing was written.");
    expect(lines).toContain("1 would be published; 0 would be waiting for moderators.");
    expect(lines.some((l) => l.includes("s1") && l.includes("publish"))).toBe(true);
  });
});
