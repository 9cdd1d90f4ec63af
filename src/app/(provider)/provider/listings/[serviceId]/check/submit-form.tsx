"use client";

import { useActionState } from "react";
import { Button, ErrorSummary } from "@/components/ui";
import { initialFormState, type FormState } from "@/lib/form-state";
import { errorLinks } from "./error-links";

/** "Send for review". Anything still missing comes back as a list of links to the steps that hold it. */
type Props = { serviceId: string; isEdit: boolean; action: (previous: FormState, formData: FormData) => Promise<FormState> };

export function SubmitForm({ serviceId, isEdit, action: submit }: Props) {
  const [state, action, pending] = useActionState(submit, initialFormState);
  const { form, ...fields } = state.fieldErrors;
  return (
    <>
      <ErrorSummary errors={errorLinks(serviceId, fields)} description={state.message ?? form} />
      <form action={action}>
        <Button disabled={pending}>{isEdit ? "Send changes for review" : "Send for review"}</Button>
      </form>
    </>
  );
}
