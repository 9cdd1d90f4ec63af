import { formatDateTime } from "@/lib/dates";

/** "Another moderator (jo@example.org) approved it at 21 November 2026 at 10:32." */
export function describeDecision(d: { action: string; createdAt: Date; moderator: { email: string } | null } | null): string {
  if (!d) return "Someone else changed it while you were looking.";
  const who = d.moderator ? `Another moderator (${d.moderator.email})` : "Someone else";
  return `${who} ${pastTense(d.action)} it at ${formatDateTime(d.createdAt)}.`;
}

const PAST: Record<string, string> = {
  approve: "approved",
  reject: "rejected",
  request_changes: "asked for changes to",
  archive: "archived",
  merge: "merged",
  verify: "verified",
  resolve: "resolved",
  dismiss: "dismissed",
  edit_categories: "changed the categories of",
};
function pastTense(action: string): string {
  return PAST[action] ?? "changed";
}
