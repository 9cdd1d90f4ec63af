"use client";

import { useActionState } from "react";
import { ActionProblem } from "@/components/moderation/action-problem";
import { Button, ErrorSummary, Radios, Textarea } from "@/components/ui";
import { initialFormState, summaryItems, valueOf } from "@/lib/form-state";
import { decideClaimAction } from "./actions";

export function ClaimForm({ claimId, lockVersion }: { claimId: string; lockVersion: number }) {
  const [state, action, pending] = useActionState(decideClaimAction, initialFormState);
  return (
    <>
      <ActionProblem message={state.message} reloadHref={`/moderate/claims/${claimId}`} />
      <ErrorSummary errors={summaryItems(state)} />
      <form action={action} noValidate>
        <input type="hidden" name="claimId" value={claimId} />
        <input type="hidden" name="lockVersion" value={lockVersion} />
        <Radios
          name="decision"
          label={<span className="text-heading-m">What do you decide?</span>}
          defaultValue={valueOf(state, "decision")}
          error={state.fieldErrors.decision}
          options={[
            { value: "approve", label: "Approve: they manage this listing", hint: "They are emailed a link to confirm it is correct or to edit it." },
            { value: "reject", label: "Reject the claim", hint: "The listing stays as it is." },
          ]}
        />
        <Textarea name="reason" label="Message to the claimant (optional)" defaultValue={valueOf(state, "reason")} error={state.fieldErrors.reason} rows={3} />
        <Button disabled={pending}>{pending ? "Saving…" : "Confirm decision"}</Button>
      </form>
    </>
  );
}
