"use client";

import { ActionForm } from "@/components/forms/action-form";
import type { FormState } from "@/lib/form-state";
import type { FormValues } from "@/lib/listing-form/form-values";
import type { StepId } from "@/lib/validation/listing-steps";
import { AccessibilityFields } from "./accessibility-fields";
import { CostFields } from "./cost-fields";
import { HowFields } from "./how-fields";
import { JoinFields } from "./join-fields";
import { DefaultSubmit, StepButtons } from "./step-buttons";
import { VenueFields } from "./venue-fields";
import { WhatFields } from "./what-fields";
import { WhenFields } from "./when-fields";
import { WhoFields } from "./who-fields";

export type StepFormProps = {
  /** saveStepAction bound to this listing and step, by the server page (binding in a client component
   * makes React suspend for ever when it re-renders a no-JavaScript POST). */
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  step: StepId;
  returnToCheck: boolean;
  initialValues: FormValues;
  venueNames: readonly string[];
  tileUrl: string;
};

/** One step of the listing form. Works without JavaScript: the action runs on a normal POST and this re-renders. */
export function StepForm({ action: save, step, returnToCheck, initialValues, venueNames, tileUrl }: StepFormProps) {
  const initial: FormState = { status: "idle", fieldErrors: {}, values: initialValues };
  return (
    <ActionForm action={save} initialState={initial} remount>
      {({ state, pending }) => {
        const props = { values: state.values, errors: state.fieldErrors };
        return (
          <>
            <DefaultSubmit />
            {step === "what" ? <WhatFields {...props} /> : null}
            {step === "who" ? <WhoFields {...props} /> : null}
            {step === "how" ? <HowFields {...props} /> : null}
            {step === "venues" ? <VenueFields {...props} tileUrl={tileUrl} /> : null}
            {step === "when" ? <WhenFields {...props} venueNames={venueNames} /> : null}
            {step === "cost" ? <CostFields {...props} /> : null}
            {step === "join" ? <JoinFields {...props} /> : null}
            {step === "accessibility" ? <AccessibilityFields {...props} venueNames={venueNames} /> : null}
            <StepButtons pending={pending} continueLabel={returnToCheck ? "Save and go back" : "Save and continue"} />
          </>
        );
      }}
    </ActionForm>
  );
}
