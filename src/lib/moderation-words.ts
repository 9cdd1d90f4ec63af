import { reportTopicName } from "@/lib/validation/report";
import { PLACES, type QueueKind } from "@/lib/validation/moderation";

// How the moderation area words things, in one place: queue kinds and history entries.

export const QUEUE_KIND_LABELS: Record<QueueKind, { one: string; many: string }> = {
  new_listing: { one: "New listing", many: "New listings" },
  edit: { one: "Change to a live listing", many: "Changes to live listings" },
  claim: { one: "Claim", many: "Claims" },
  report: { one: "Public report", many: "Public reports" },
  stale: { one: "Out of date", many: "Out of date" },
  import: { one: "From a feed", many: "From a feed" },
};

export function placeNames(codes: readonly string[]): string {
  const names = codes.map((c) => PLACES.find((p) => p.code === c)?.name).filter(Boolean);
  return names.length ? names.join(", ") : "Not known";
}

const ACTIONS: Record<string, string> = {
  "revision.approved": "Change approved and published",
  "revision.rejected": "Change rejected",
  "revision.changes_requested": "Changes requested from the provider",
  "revision.categories_edited": "Categories changed by a moderator before approval",
  "moderation.conflict": "Action not taken: someone else had already acted",
  "service.archived": "Listing archived",
  "service.merged_into": "Merged into another listing",
  "service.merged_from": "Another listing merged into this one",
  "service.verified": "Verified as correct",
  "service.marked_stale": "Marked as out of date (12 months without a check)",
  "service.reconfirm_asked": "Owner asked to confirm it is still correct",
  "service.reconfirm_reminded": "Owner reminded to confirm it is still correct",
  "service.queued_for_verification": "Queued for a moderator to verify",
  "service.unreachable": "Could not reach the venue to check the listing",
  "service.duplicate_dismissed": "Marked as not a duplicate of another listing",
  "import.approved": "What an Open Referral feed said was approved",
  "import.rejected": "What an Open Referral feed said was rejected",
  "claim.approved": "Claim approved: a provider now manages it",
  "claim.rejected": "Claim rejected",
  "report.created": "Problem reported by a member of the public",
  "report.resolved": "Public report resolved",
  "report.dismissed": "Public report dismissed",
};

/** One history entry in words, with the detail a moderator needs (reason, topic, who it went to). */
export function describeHistoryEntry(e: { action: string; data: Record<string, unknown> }): { title: string; detail: string | null } {
  const d = e.data;
  const text = (k: string) => (typeof d[k] === "string" && d[k] ? (d[k] as string) : null);
  const title = ACTIONS[e.action] ?? e.action;
  if (e.action === "service.verified")
    return { title, detail: d.via === "email_link" ? "Confirmed by the owner with the emailed link" : "Checked by a moderator" };
  if (e.action === "report.created") return { title, detail: text("topic") ? reportTopicName(text("topic")!) : null };
  if (e.action === "service.merged_into")
    return { title, detail: [text("targetName") && `Kept: ${text("targetName")}`, text("reason")].filter(Boolean).join(". ") || null };
  if (e.action === "service.merged_from")
    return {
      title,
      detail: [text("duplicateName") && `Merged: ${text("duplicateName")}`, text("reason")].filter(Boolean).join(". ") || null,
    };
  if (e.action === "revision.categories_edited" && Array.isArray(d.to)) return { title, detail: `Now: ${(d.to as string[]).join(", ")}` };
  if (e.action === "moderation.conflict") return { title, detail: text("message") };
  if (e.action.startsWith("import.")) {
    const from = text("feed") ? `From ${text("feed")}` : null;
    return { title, detail: [from, text("reason")].filter(Boolean).join(". ") || null };
  }
  if (e.action.startsWith("service.reconfirm"))
    return {
      title,
      detail: typeof d.recipients === "number" ? `Emailed ${d.recipients} ${d.recipients === 1 ? "person" : "people"}` : null,
    };
  return { title, detail: text("reason") ?? text("note") };
}
