"use client";

import { useActionState } from "react";
import { ActionProblem } from "@/components/moderation/action-problem";
import { Button, ErrorSummary, Radios, Textarea } from "@/components/ui";
import { initialFormState, summaryItems, valueOf } from "@/lib/form-state";
import { decideListingAction } from "./actions";

/** Verify a live listing (it is right) or archive it (it has gone), with the listing version the moderator saw. */
export function ListingDecisionForm({ serviceId, version }: { serviceId: string; version: number }) {
  const [state, action, pending] = useActionState(decideListingAction, initialFormState);
  return (
    <>
      <ActionProblem message={state.message} reloadHref={`/moderate/listings/${serviceId}`} />
      <ErrorSummary errors={summaryItems(state)} />
      <form action={action} noValidate>
        <input type="hidden" name="serviceId" value={serviceId} />
        <input type="hidden" name="version" value={version} />
        <Radios
          name="decision"
          label={<span className="text-heading-m">What do you do?</span>}
          defaultValue={valueOf(state, "decision")}
          error={state.fieldErrors.decision}
          options={[
            { value: "verify", label: "It is correct: mark it as verified today", hint: "For example after checking its website or phoning the group." },
            { value: "archive", label: "Archive it", hint: "It has closed, or it is not a creative or community activity. Its owners are emailed your reason." },
          ]}
        />
        <Textarea name="reason" label="Reason" hint="Needed when archiving." defaultValue={valueOf(state, "reason")} error={state.fieldErrors.reason} rows={3} />
        <Button disabled={pending}>{pending ? "Saving…" : "Confirm"}</Button>
      </form>
    </>
  );
}
