import { describe, expect, it } from "vitest";
import { listingProgress } from "./listing-progress";

describe("listingProgress", () => {
  it("a new listing goes Draft → Waiting for review, and can be continued, discarded or withdrawn", () => {
    expect(listingProgress({ listingStatus: "draft", open: { id: "r", status: "draft", reason: null }, lastClosed: null })).toMatchObject({
      label: "Draft",
      actions: ["continue", "discard"],
    });
    expect(
      listingProgress({ listingStatus: "pending", open: { id: "r", status: "pending", reason: null }, lastClosed: null }),
    ).toMatchObject({
      label: "Waiting for review",
      actions: ["withdraw"],
    });
  });

  it("a live listing with changes waiting says so and offers Withdraw", () => {
    const p = listingProgress({ listingStatus: "published", open: { id: "r", status: "pending", reason: null }, lastClosed: null });
    expect(p.label).toBe("Live, with changes waiting for review");
    expect(p.actions).toEqual(["withdraw"]);
  });

  it("shows the moderator's reason for requested changes and for a rejection", () => {
    expect(
      listingProgress({
        listingStatus: "pending",
        open: { id: "r", status: "changes_requested", reason: "Add the venue's postcode" },
        lastClosed: null,
      }),
    ).toMatchObject({
      label: "Changes requested",
      reason: "Add the venue's postcode",
      actions: ["continue"],
    });
    expect(
      listingProgress({ listingStatus: "rejected", open: null, lastClosed: { status: "rejected", reason: "Not in West Yorkshire" } }),
    ).toMatchObject({
      label: "Rejected",
      reason: "Not in West Yorkshire",
      actions: [],
    });
  });

  it("a live listing can be edited, and says when the last changes were turned down", () => {
    expect(listingProgress({ listingStatus: "published", open: null, lastClosed: null })).toEqual({
      label: "Live",
      tone: "green",
      actions: ["edit"],
    });
    expect(
      listingProgress({ listingStatus: "published", open: null, lastClosed: { status: "rejected", reason: "Duplicate" } }),
    ).toMatchObject({
      label: "Live",
      reason: "Duplicate",
      note: "Your last changes were not accepted.",
    });
  });
});
