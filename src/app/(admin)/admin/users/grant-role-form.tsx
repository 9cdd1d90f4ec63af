"use client";

import { useActionState } from "react";
import { Button, ErrorSummary, NotificationBanner, Radios } from "@/components/ui";
import { summaryItems, valueOf, type FormState } from "@/lib/form-state";
import { grantRoleAction } from "./actions";

const ROLES = [
  { value: "provider", label: "Provider", hint: "Can list and manage their own organisation's activities. Everyone starts here." },
  { value: "moderator", label: "Moderator", hint: "Can also approve listings, changes and claims, and deal with reports." },
  { value: "admin", label: "Admin", hint: "Can also give people roles." },
];

export function GrantRoleForm({ email, role }: { email: string; role: string }) {
  const initial: FormState = { status: "idle", fieldErrors: {}, values: { email, role } };
  const [state, action, pending] = useActionState(grantRoleAction, initial);
  return (
    <>
      {state.status === "success" ? <NotificationBanner variant="success">{state.message}</NotificationBanner> : null}
      <ErrorSummary errors={summaryItems(state)} description={state.status === "error" ? state.message : undefined} />
      <form key={JSON.stringify(state.values)} action={action}>
        <input type="hidden" name="email" value={email} />
        <Radios name="role" label={`Role for ${email}`} options={ROLES} defaultValue={valueOf(state, "role")} error={state.fieldErrors.role ?? state.fieldErrors.email} />
        <Button disabled={pending}>Save role</Button>
      </form>
    </>
  );
}
