"use client";

import { useActionState } from "react";
import { Button, ErrorSummary, Radios, Textarea } from "@/components/ui";
import { initialFormState, summaryItems, valueOf, type FormState } from "@/lib/form-state";

type Props = { action: (previous: FormState, formData: FormData) => Promise<FormState>; organisations: ReadonlyArray<{ id: string; name: string }> };

/** The action comes bound to the listing from the server page (see StepForm on why not here). */
export function ClaimForm({ action: claim, organisations }: Props) {
  const [state, action, pending] = useActionState(claim, initialFormState);
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
