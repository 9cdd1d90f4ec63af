"use client";

import { ActionForm } from "@/components/forms/action-form";
import { Button } from "@/components/ui";
import { confirmListingAction } from "./actions";

export function ConfirmForm({ serviceId, token }: { serviceId: string; token: string }) {
  return (
    <ActionForm
      action={confirmListingAction}
      problem={{ title: "Not confirmed" }}
      summary={false}
      hidden={{ serviceId, token }}
      noValidate={false}
    >
      {({ pending }) => <Button disabled={pending}>{pending ? "Confirming…" : "Yes, it is still correct"}</Button>}
    </ActionForm>
  );
}
