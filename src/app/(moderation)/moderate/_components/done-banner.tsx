import { NotificationBanner } from "@/components/ui";

// What the last action did, shown on the page it redirected to (?done=…). Only known codes are shown, so the
// URL cannot be used to put arbitrary words on the page.
const MESSAGES: Record<string, string> = {
  approved: "Approved and published. The provider has been emailed.",
  rejected: "Rejected. The provider has been emailed the reason.",
  "changes-requested": "Sent back to the provider with your message. They have been emailed.",
  "import-approved": "Approved: the listing now shows what the feed says.",
  "import-rejected": "Rejected. The listing is unchanged, and this version will not be queued again.",
  categories: "Categories saved. Check the differences again, then approve.",
  "claim-approved": "Claim approved. The provider now manages the listing and has been emailed.",
  "claim-rejected": "Claim rejected. The provider has been emailed.",
  "report-resolved": "Report marked as resolved.",
  "report-dismissed": "Report dismissed.",
  archived: "Listing archived. Its owners, if any, have been emailed.",
  merged: "Duplicate merged and archived.",
  verified: "Listing verified.",
  unreachable: "Noted that you could not reach it. It waits at the bottom of the queue for a week.",
  "not-duplicate": "Noted: these listings will not be suggested as duplicates again.",
  "batch-verified": "The ticked listings are verified.",
  "batch-archived": "The ticked listings are archived.",
};

export function DoneBanner({ done }: { done: string | string[] | undefined }) {
  const message = typeof done === "string" ? MESSAGES[done] : undefined;
  if (!message) return null;
  return (
    <NotificationBanner variant="success" title="Done">
      <p>{message}</p>
    </NotificationBanner>
  );
}
