"use client";

import { useActionState } from "react";
import { ActionProblem } from "@/components/moderation/action-problem";
import { Button, Radios, Textarea } from "@/components/ui";
import { initialFormState, valueOf } from "@/lib/form-state";
import { mergeListingAction } from "./actions";

/** Merge this listing (the duplicate) into one of the suggested listings, which stays. */
export function MergeForm({ serviceId, version, candidates }: { serviceId: string; version: number; candidates: ReadonlyArray<{ id: string; name: string }> }) {
  const [state, action, pending] = useActionState(mergeListingAction, initialFormState);
  return (
    <>
      <ActionProblem message={state.message} reloadHref={`/moderate/listings/${serviceId}`} id="merge-problem" />
      <form action={action} noValidate>
        <input type="hidden" name="duplicateId" value={serviceId} />
        <input type="hidden" name="duplicateVersion" value={version} />
        <Radios
          name="targetId"
          id="merge-target"
          label="Merge this listing into"
          hint="The listing you choose stays. This one is archived; its open reports and claims move across."
          defaultValue={valueOf(state, "targetId")}
          error={state.fieldErrors.targetId}
          options={candidates.map((c) => ({ value: c.id, label: c.name }))}
        />
        <Textarea name="reason" id="merge-reason" label="Note (optional)" defaultValue={valueOf(state, "reason")} error={state.fieldErrors.reason} rows={2} />
        <Button variant="warning" disabled={pending}>
          {pending ? "Merging…" : "Merge and archive this listing"}
        </Button>
      </form>
    </>
  );
}
