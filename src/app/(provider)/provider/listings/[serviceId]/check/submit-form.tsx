"use client";

import { ActionForm } from "@/components/forms/action-form";
import { Button } from "@/components/ui";
import type { FormState } from "@/lib/form-state";
import { errorLinks } from "./error-links";

/** "Send for review". Anything still missing comes back as a list of links to the steps that hold it. */
type Props = { serviceId: string; isEdit: boolean; action: (previous: FormState, formData: FormData) => Promise<FormState> };

/** The "form" error (nothing changed) is the summary's description; the rest link to their steps. */
const withoutForm = (fieldErrors: Record<string, string>) =>
  Object.fromEntries(Object.entries(fieldErrors).filter(([path]) => path !== "form"));

export function SubmitForm({ serviceId, isEdit, action }: Props) {
  return (
    <ActionForm
      action={action}
      summary={(state) => errorLinks(serviceId, withoutForm(state.fieldErrors))}
      description={(state) => state.message ?? state.fieldErrors.form}
      noValidate={false}
    >
      {({ pending }) => <Button disabled={pending}>{isEdit ? "Send changes for review" : "Send for review"}</Button>}
    </ActionForm>
  );
}
