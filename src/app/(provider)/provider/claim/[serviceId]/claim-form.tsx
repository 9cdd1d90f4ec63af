"use client";

import { useActionState } from "react";
import { Button, ErrorSummary, Radios, Textarea } from "@/components/ui";
import { initialFormState, summaryItems, valueOf } from "@/lib/form-state";
import { requestClaimAction } from "./actions";

export function ClaimForm({ serviceId, organisations }: { serviceId: string; organisations: ReadonlyArray<{ id: string; name: string }> }) {
  const [state, action, pending] = useActionState(requestClaimAction.bind(null, serviceId), initialFormState);
  return (
    <>
      <ErrorSummary errors={summaryItems(state)} description={state.message} />
      <form key={JSON.stringify(state.values)} action={action} noValidate>
        {organisations.length === 1 ? (
          <input type="hidden" name="organisationId" value={organisations[0]!.id} />
        ) : (
          <Radios
            name="organisationId"
            label="Which organisation runs it?"
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
            defaultValue={valueOf(state, "organisationId")}
            error={state.fieldErrors.organisationId}
          />
        )}
        <Textarea
          name="message"
          label="How are you connected to it?"
          hint="For example: I am the choir's leader, or I coordinate volunteers at the library. A moderator may contact you to check."
          defaultValue={valueOf(state, "message")}
          error={state.fieldErrors.message}
          rows={4}
        />
        <Button disabled={pending}>Send claim</Button>
      </form>
    </>
  );
}
