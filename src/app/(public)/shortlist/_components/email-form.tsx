"use client";

import { useActionState } from "react";
import { Button, ErrorSummary, NotificationBanner, TextInput } from "@/components/ui";
import { initialFormState, summaryItems, valueOf } from "@/lib/form-state";
import { emailShortlistAction } from "../actions";

/** "Email the shortlist": to the person, or to yourself. Works without JavaScript (a server action form). */
export function EmailShortlistForm({ ids }: { ids: readonly string[] }) {
  const [state, action, pending] = useActionState(emailShortlistAction, initialFormState);
  return (
    <>
      <ErrorSummary errors={summaryItems(state)} />
      {state.status === "success" ? (
        <NotificationBanner variant="success" title="Email sent" id="email-sent">
          {state.message}
        </NotificationBanner>
      ) : null}
      <form action={action} noValidate>
        <input type="hidden" name="ids" value={ids.join(",")} />
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
      </form>
    </>
  );
}
