import { describe, expect, it } from "vitest";
import { describeHistoryEntry, placeNames } from "./moderation-words";

describe("moderation words", () => {
  it("names places and admits when it does not know", () => {
    expect(placeNames(["E08000033", "E08000035"])).toBe("Calderdale, Leeds");
    expect(placeNames([])).toBe("Not known");
  });

  it("words history entries with their reasons", () => {
    expect(describeHistoryEntry({ action: "service.archived", data: { reason: "Closed in 2025" } })).toEqual({
      title: "Listing archived",
      detail: "Closed in 2025",
    });
    expect(describeHistoryEntry({ action: "service.verified", data: { via: "email_link" } }).detail).toBe(
      "Confirmed by the owner with the emailed link",
    );
    expect(describeHistoryEntry({ action: "report.created", data: { topic: "closed" } }).detail).toBe("It has closed or stopped running");
    expect(describeHistoryEntry({ action: "service.reconfirm_asked", data: { recipients: 2 } }).detail).toBe("Emailed 2 people");
    expect(describeHistoryEntry({ action: "import.rejected", data: { feed: "example.org/api", reason: "Not ours" } })).toEqual({
      title: "What an Open Referral feed said was rejected",
      detail: "From example.org/api. Not ours",
    });
    expect(describeHistoryEntry({ action: "something.new", data: {} })).toEqual({ title: "something.new", detail: null });
  });
});
