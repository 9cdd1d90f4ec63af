"use client";

import { ActionForm } from "@/components/forms/action-form";
import { Button, TextInput } from "@/components/ui";
import { valueOf } from "@/lib/form-state";
import { emailShortlistAction } from "../actions";

/** "Email the shortlist": to the person, or to yourself. Works without JavaScript (a server action form). */
export function EmailShortlistForm({ ids }: { ids: readonly string[] }) {
  return (
    <ActionForm action={emailShortlistAction} success={{ title: "Email sent", id: "email-sent" }} hidden={{ ids: ids.join(",") }}>
      {({ state, pending }) => (
        <>
          <TextInput
            name="email"
            type="email"
            label="Email address"
            hint="We send the list and a link to it, and do not keep the address."
            autoComplete="email"
            spellCheck={false}
            defaultValue={valueOf(state, "email")}
            error={state.fieldErrors.email}
            width="30ch"
          />
          <Button variant="secondary" disabled={pending}>
            {pending ? "Sending…" : "Email the shortlist"}
          </Button>
        </>
      )}
    </ActionForm>
  );
}
