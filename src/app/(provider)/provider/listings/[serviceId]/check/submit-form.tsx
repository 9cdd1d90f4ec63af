"use client";

import { useActionState } from "react";
import { Button, ErrorSummary } from "@/components/ui";
import { initialFormState } from "@/lib/form-state";
import { submitListingAction } from "../../lifecycle-actions";
import { errorLinks } from "./error-links";

/** "Send for review". Anything still missing comes back as a list of links to the steps that hold it. */
export function SubmitForm({ serviceId, isEdit }: { serviceId: string; isEdit: boolean }) {
  const [state, action, pending] = useActionState(submitListingAction.bind(null, serviceId), initialFormState);
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
