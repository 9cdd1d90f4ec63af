"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button, ErrorSummary } from "@/components/ui";
import { initialFormState, type FormState } from "@/lib/form-state";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  confirmLabel: string;
  warning?: boolean;
  hidden?: Record<string, string>;
};

/** "Are you sure?" pages: one button that does it, and a way back that does nothing. */
export function ConfirmForm({ action: run, confirmLabel, warning, hidden = {} }: Props) {
  const [state, action, pending] = useActionState(run, initialFormState);
  return (
    <>
      <ErrorSummary errors={[]} description={state.message} />
      <form action={action} className="flex flex-wrap items-center gap-6">
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <Button variant={warning ? "warning" : "primary"} disabled={pending}>
          {confirmLabel}
        </Button>
        <Link href="/provider">No, go back to your listings</Link>
      </form>
    </>
  );
}
