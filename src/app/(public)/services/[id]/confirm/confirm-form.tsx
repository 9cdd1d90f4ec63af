"use client";

import { useActionState } from "react";
import { ActionProblem } from "@/components/moderation/action-problem";
import { Button } from "@/components/ui";
import { initialFormState } from "@/lib/form-state";
import { confirmListingAction } from "./actions";

export function ConfirmForm({ serviceId, token }: { serviceId: string; token: string }) {
  const [state, action, pending] = useActionState(confirmListingAction, initialFormState);
  return (
    <>
      <ActionProblem message={state.message} title="Not confirmed" />
      <form action={action}>
        <input type="hidden" name="serviceId" value={serviceId} />
        <input type="hidden" name="token" value={token} />
        <Button disabled={pending}>{pending ? "Confirming…" : "Yes, it is still correct"}</Button>
      </form>
    </>
  );
}
