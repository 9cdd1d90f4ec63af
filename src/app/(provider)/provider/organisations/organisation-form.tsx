"use client";

import { ActionForm } from "@/components/forms/action-form";
import { Button, TextInput, Textarea } from "@/components/ui";
import type { FormState } from "@/lib/form-state";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  initial?: Partial<Record<"name" | "description" | "website" | "email" | "charityNumber" | "companyNumber", string | null>>;
  next?: string;
  submitLabel: string;
};

/** An organisation's details (create and edit share it). Only the name is required. */
export function OrganisationForm({ action, initial = {}, next, submitLabel }: Props) {
  const start: FormState = {
    status: "idle",
    fieldErrors: {},
    values: Object.fromEntries(Object.entries(initial).map(([k, v]) => [k, v ?? ""])),
  };
  return (
    <ActionForm action={action} initialState={start} remount {...(next ? { hidden: { next } } : {})}>
      {({ pending, field: f }) => (
        <>
          <TextInput
            {...f("name")}
            label="Name of your organisation or group"
            hint="As people know it. For example: Calder Valley Community Choir"
            autoComplete="organization"
          />
          <Textarea
            {...f("description")}
            label="About the organisation (optional)"
            hint="A sentence or two about who you are. Plain text, up to 2,000 characters."
            rows={4}
          />
          <TextInput {...f("website")} label="Website (optional)" type="url" hint="Starting with https://" spellCheck={false} />
          <TextInput
            {...f("email")}
            label="Email address (optional)"
            hint="So the directory's moderators can contact you about your listings."
            type="email"
            autoComplete="email"
            spellCheck={false}
            width="30ch"
          />
          <TextInput
            {...f("charityNumber")}
            label="Registered charity number (optional)"
            hint="6 to 8 digits, for example 1012345"
            inputMode="numeric"
            width="20ch"
          />
          <TextInput
            {...f("companyNumber")}
            label="Company number (optional)"
            hint="8 characters, for example 01234567 or SC123456"
            width="20ch"
          />
          <Button disabled={pending}>{submitLabel}</Button>
        </>
      )}
    </ActionForm>
  );
}
