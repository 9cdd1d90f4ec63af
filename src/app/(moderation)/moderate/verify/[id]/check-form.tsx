"use client";

import { DecisionForm } from "@/components/moderation/decision-form";
import { checkListingAction } from "../actions";

/** The three outcomes of a check, with the version the moderator saw and the place filter to keep for the next one. */
export function CheckForm({ serviceId, version, place }: { serviceId: string; version: number; place: string | undefined }) {
  return (
    <DecisionForm
      action={checkListingAction}
      hidden={{ serviceId, version, ...(place ? { place } : {}) }}
      reloadHref={`/moderate/verify/${serviceId}`}
      choice={{
        name: "outcome",
        label: "What did you find?",
        options: [
          { value: "verified", label: "Verified", hint: "The facts above are right. They are marked as confirmed by a moderator today." },
          {
            value: "closed",
            label: "Closed",
            hint: "It no longer runs. The listing is archived; its owners, if any, are emailed your note.",
          },
          {
            value: "unreachable",
            label: "Could not reach",
            hint: "Nobody answered and the website did not say. It moves to the bottom of the queue for a week.",
          },
        ],
      }}
      note={{ name: "note", label: "Note", hint: "Needed for Closed (how you know) and Could not reach (what you tried).", rows: 3 }}
      submitLabel="Save and go to the next listing"
    />
  );
}
