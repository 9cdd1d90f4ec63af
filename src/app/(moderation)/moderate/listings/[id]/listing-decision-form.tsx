"use client";

import { DecisionForm } from "@/components/moderation/decision-form";
import { decideListingAction } from "./actions";

/** Verify a live listing (it is right) or archive it (it has gone), with the listing version the moderator saw. */
export function ListingDecisionForm({ serviceId, version }: { serviceId: string; version: number }) {
  return (
    <DecisionForm
      action={decideListingAction}
      hidden={{ serviceId, version }}
      reloadHref={`/moderate/listings/${serviceId}`}
      choice={{
        name: "decision",
        label: "What do you do?",
        options: [
          {
            value: "verify",
            label: "It is correct: mark it as verified today",
            hint: "For example after checking its website or phoning the group.",
          },
          {
            value: "archive",
            label: "Archive it",
            hint: "It has closed, or it is not a creative or community activity. Its owners are emailed your reason.",
          },
        ],
      }}
      note={{ name: "reason", label: "Reason", hint: "Needed when archiving.", rows: 3 }}
      submitLabel="Confirm"
    />
  );
}
