"use client";

import { ActionForm } from "@/components/forms/action-form";
import { Button, TextInput } from "@/components/ui";
import { requestSignInLinkAction } from "./actions";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  return (
    <ActionForm action={requestSignInLinkAction} hidden={{ callbackUrl }}>
      {({ pending, field }) => (
        <>
          <TextInput
            {...field("email")}
            type="email"
            label="Email address"
            hint="We will email you a link to sign in. No password needed."
            autoComplete="email"
            spellCheck={false}
            width="30ch"
          />
          <Button disabled={pending}>{pending ? "Sending…" : "Email me a sign-in link"}</Button>
        </>
      )}
    </ActionForm>
  );
}
