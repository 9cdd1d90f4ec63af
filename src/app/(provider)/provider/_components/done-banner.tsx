import { NotificationBanner } from "@/components/ui";

const MESSAGES: Record<string, string> = {
  "organisation-created": "Your organisation has been added. You can now add a listing.",
  "organisation-updated": "Your organisation's details have been saved.",
  saved: "Your draft is saved. Come back to it at any time.",
  withdrawn: "Withdrawn from review. It is a draft again: change it and send it again, or discard it.",
  "draft-deleted": "The draft has been deleted.",
  "changes-discarded": "Your changes have been discarded. The live listing has not changed.",
  "claim-sent": "Your claim has been sent. A moderator will check it and let you know.",
};

/** The result of what the person just did, after a redirect back to the dashboard (?done=…). */
export function DoneBanner({ done }: { done: string | undefined }) {
  if (done === "already-decided") {
    return (
      <NotificationBanner title="Those changes have already been reviewed">
        A moderator dealt with them before you withdrew. See below for what happened.
      </NotificationBanner>
    );
  }
  if (done === "not-editable") {
    return (
      <NotificationBanner title="That listing cannot be edited now">It may be waiting for review or have been archived.</NotificationBanner>
    );
  }
  const message = done ? MESSAGES[done] : undefined;
  return message ? <NotificationBanner variant="success">{message}</NotificationBanner> : null;
}
