"use client";

import { ActionForm } from "@/components/forms/action-form";
import { Radios } from "@/components/ui";
import { valueOf } from "@/lib/form-state";
import { startListingAction } from "../step-actions";
import { DefaultSubmit, StepButtons } from "../_forms/step-buttons";
import { WhatFields } from "../_forms/what-fields";

type Props = { organisations: ReadonlyArray<{ id: string; name: string }>; organisationId: string | null };

/** The first step of a new listing. With several organisations, it also asks which one runs the activity. */
export function NewListingForm({ organisations, organisationId }: Props) {
  return (
    <ActionForm action={startListingAction} remount>
      {({ state, pending }) => (
        <>
          <DefaultSubmit />
          {organisations.length === 1 || organisationId ? (
            <input type="hidden" name="organisationId" value={organisationId ?? organisations[0]!.id} />
          ) : (
            <Radios
              name="organisationId"
              label="Which of your organisations runs it?"
              options={organisations.map((o) => ({ value: o.id, label: o.name }))}
              defaultValue={valueOf(state, "organisationId") ?? organisationId ?? undefined}
              error={state.fieldErrors.organisationId}
            />
          )}
          <WhatFields values={state.values} errors={state.fieldErrors} />
          <StepButtons pending={pending} />
        </>
      )}
    </ActionForm>
  );
}
