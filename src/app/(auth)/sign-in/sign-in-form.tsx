"use client";

import { useActionState } from "react";
import { Button, ErrorSummary, TextInput } from "@/components/ui";
import { initialFormState, summaryItems, valueOf } from "@/lib/form-state";
import { requestSignInLinkAction } from "./actions";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState(requestSignInLinkAction, initialFormState);
  return (
    <>
      <ErrorSummary errors={summaryItems(state)} />
      <form action={action} noValidate>
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <TextInput
          name="email"
          type="email"
          label="Email address"
          hint="We will email you a link to sign in. No password needed."
          autoComplete="email"
          spellCheck={false}
          defaultValue={valueOf(state, "email")}
          error={state.fieldErrors.email}
          width="30ch"
        />
        <Button disabled={pending}>{pending ? "Sending…" : "Email me a sign-in link"}</Button>
      </form>
    </>
  );
}
