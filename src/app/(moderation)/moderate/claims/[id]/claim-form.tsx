"use client";

import { DecisionForm } from "@/components/moderation/decision-form";
import { decideClaimAction } from "./actions";

export function ClaimForm({ claimId, lockVersion }: { claimId: string; lockVersion: number }) {
  return (
    <DecisionForm
      action={decideClaimAction}
      hidden={{ claimId, lockVersion }}
      reloadHref={`/moderate/claims/${claimId}`}
      choice={{
        name: "decision",
        label: "What do you decide?",
        options: [
          {
            value: "approve",
            label: "Approve: they manage this listing",
            hint: "They are emailed a link to confirm it is correct or to edit it.",
          },
          { value: "reject", label: "Reject the claim", hint: "The listing stays as it is." },
        ],
      }}
      note={{ name: "reason", label: "Message to the claimant (optional)", rows: 3 }}
      submitLabel="Confirm decision"
    />
  );
}
