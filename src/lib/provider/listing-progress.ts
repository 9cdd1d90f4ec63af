// What a provider sees about each of their listings on /provider: one status in plain words, the moderator's
// reason when there is one, and what they can do next. Derived from the service's listing status and its
// revisions (docs/decisions/0006-listing-lifecycle.md, 0020-provider-area.md).

export type ListingStatusValue = "draft" | "pending" | "published" | "rejected" | "archived";
export type OpenRevision = { id: string; status: "draft" | "pending" | "changes_requested"; reason: string | null };
export type ClosedRevision = { status: "approved" | "rejected" | "withdrawn"; reason: string | null };

export type ProgressAction = "continue" | "discard" | "withdraw" | "edit";
export type Progress = {
  label: string;
  tone: "grey" | "green" | "yellow" | "red" | "orange";
  /** A sentence under the status. */
  note?: string;
  /** The moderator's words, quoted as given. */
  reason?: string;
  actions: ProgressAction[];
};

export function listingProgress(input: {
  listingStatus: ListingStatusValue;
  open: OpenRevision | null;
  lastClosed: ClosedRevision | null;
}): Progress {
  const live = input.listingStatus === "published";
  const { open, lastClosed } = input;
  if (open?.status === "draft") {
    return live
      ? {
          label: "Live, with changes not sent yet",
          tone: "green",
          note: "Your changes are saved as a draft. The live listing has not changed.",
          actions: ["continue", "discard"],
        }
      : {
          label: "Draft",
          tone: "grey",
          note: "Not sent for review yet. Everything you have entered is saved.",
          actions: ["continue", "discard"],
        };
  }
  if (open?.status === "pending") {
    return live
      ? {
          label: "Live, with changes waiting for review",
          tone: "yellow",
          note: "The live listing stays as it is until a moderator approves your changes.",
          actions: ["withdraw"],
        }
      : { label: "Waiting for review", tone: "yellow", note: "A moderator will check it before it goes live.", actions: ["withdraw"] };
  }
  if (open?.status === "changes_requested") {
    return {
      label: "Changes requested",
      tone: "orange",
      note: live
        ? "The live listing stays as it is. Make the changes the moderator asked for and send them again."
        : "Make the changes the moderator asked for and send it again.",
      ...(open.reason ? { reason: open.reason } : {}),
      actions: live ? ["continue", "discard"] : ["continue"],
    };
  }
  switch (input.listingStatus) {
    case "published":
      return lastClosed?.status === "rejected"
        ? {
            label: "Live",
            tone: "green",
            note: "Your last changes were not accepted.",
            ...(lastClosed.reason ? { reason: lastClosed.reason } : {}),
            actions: ["edit"],
          }
        : { label: "Live", tone: "green", actions: ["edit"] };
    case "rejected":
      return {
        label: "Rejected",
        tone: "red",
        note: "A moderator decided not to publish this listing.",
        ...(lastClosed?.reason ? { reason: lastClosed.reason } : {}),
        actions: [],
      };
    case "archived":
      return { label: "Archived", tone: "grey", note: "It has been taken out of the directory.", actions: [] };
    case "pending":
      return { label: "Waiting for review", tone: "yellow", actions: [] };
    case "draft":
      return { label: "Draft", tone: "grey", actions: [] };
  }
}
