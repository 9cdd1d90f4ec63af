"use client";

import { ActionForm } from "@/components/forms/action-form";
import { Button, Radios, Textarea } from "@/components/ui";
import type { FormState } from "@/lib/form-state";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  organisations: ReadonlyArray<{ id: string; name: string }>;
};

/** The action comes bound to the listing from the server page (see StepForm on why not here). */
export function ClaimForm({ action, organisations }: Props) {
  return (
    <ActionForm action={action} remount>
      {({ pending, field }) => (
        <>
          {organisations.length === 1 ? (
            <input type="hidden" name="organisationId" value={organisations[0]!.id} />
          ) : (
            <Radios
              {...field("organisationId")}
              label="Which organisation runs it?"
              options={organisations.map((o) => ({ value: o.id, label: o.name }))}
            />
          )}
          <Textarea
            {...field("message")}
            label="How are you connected to it?"
            hint="For example: I am the choir's leader, or I coordinate volunteers at the library. A moderator may contact you to check."
            rows={4}
          />
          <Button disabled={pending}>Send claim</Button>
        </>
      )}
    </ActionForm>
  );
}
