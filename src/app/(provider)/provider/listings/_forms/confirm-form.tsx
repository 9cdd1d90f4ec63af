"use client";

import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { Button } from "@/components/ui";
import type { FormState } from "@/lib/form-state";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  confirmLabel: string;
  warning?: boolean;
  hidden?: Record<string, string>;
};

/** "Are you sure?" pages: one button that does it, and a way back that does nothing. */
export function ConfirmForm({ action, confirmLabel, warning, hidden = {} }: Props) {
  return (
    <ActionForm action={action} summary={false} hidden={hidden} noValidate={false} className="flex flex-wrap items-center gap-6">
      {({ pending }) => (
        <>
          <Button variant={warning ? "warning" : "primary"} disabled={pending}>
            {confirmLabel}
          </Button>
          <Link href="/provider">No, go back to your listings</Link>
        </>
      )}
    </ActionForm>
  );
}
