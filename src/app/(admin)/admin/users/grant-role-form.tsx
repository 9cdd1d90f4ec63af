"use client";

import { ActionForm } from "@/components/forms/action-form";
import { Button, Radios } from "@/components/ui";
import { valueOf, type FormState } from "@/lib/form-state";
import { grantRoleAction } from "./actions";

const ROLES = [
  { value: "provider", label: "Provider", hint: "Can list and manage their own organisation's activities. Everyone starts here." },
  { value: "moderator", label: "Moderator", hint: "Can also approve listings, changes and claims, and deal with reports." },
  { value: "admin", label: "Admin", hint: "Can also give people roles." },
];

export function GrantRoleForm({ email, role }: { email: string; role: string }) {
  const initial: FormState = { status: "idle", fieldErrors: {}, values: { email, role } };
  return (
    <ActionForm action={grantRoleAction} initialState={initial} success={{}} hidden={{ email }} remount noValidate={false}>
      {({ state, pending }) => (
        <>
          <Radios
            name="role"
            label={`Role for ${email}`}
            options={ROLES}
            defaultValue={valueOf(state, "role")}
            error={state.fieldErrors.role ?? state.fieldErrors.email}
          />
          <Button disabled={pending}>Save role</Button>
        </>
      )}
    </ActionForm>
  );
}
