"use client";

import { useActionState, type ReactNode } from "react";
import { ActionProblem } from "@/components/moderation/action-problem";
import { ErrorSummary, NotificationBanner, type ErrorSummaryItem } from "@/components/ui";
import { initialFormState, summaryItems, valueOf, type FormState } from "@/lib/form-state";

export type ActionFormContext = {
  state: FormState;
  pending: boolean;
  /** name, the value sent back and the field's error: spread onto TextInput, Textarea, Radios… */
  field: (name: string) => { name: string; defaultValue: string | undefined; error: string | undefined };
};

export type ActionFormProps = {
  /** A server action (see formAction in src/server/auth/form-action.ts), bound by the server page if it needs ids. */
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  initialState?: FormState;
  /** Show a message for the whole form as an ActionProblem box (the action could not be done as a whole)
   * instead of in the error summary. */
  problem?: { reloadHref?: string; title?: string; id?: string };
  /** The error summary's links; `false` for none. By default one per field error. */
  summary?: false | ((state: FormState) => ErrorSummaryItem[]);
  /** The error summary's description; by default the form's message when it failed. */
  description?: (state: FormState) => ReactNode;
  /** Show a success message (state.status "success") in a banner. */
  success?: { title?: string; id?: string };
  hidden?: Record<string, string | number>;
  /** Re-mount the form when the server answers, so every field shows exactly the values it sent back. */
  remount?: boolean;
  noValidate?: boolean;
  className?: string;
  children: (form: ActionFormContext) => ReactNode;
};

/**
 * The one form around a server action (docs/decisions/0005-forms.md): `<form action>` + useActionState, so
 * it works without JavaScript (a normal POST, the page re-renders with the returned state), with the error
 * summary (or problem box) above it and the submitted values and field errors handed to the fields.
 */
export function ActionForm({
  action,
  initialState = initialFormState,
  problem,
  summary,
  description,
  success,
  hidden = {},
  remount,
  noValidate = true,
  className,
  children,
}: ActionFormProps) {
  const [state, formAction, pending] = useActionState(action, initialState);
  const field = (name: string) => ({ name, defaultValue: valueOf(state, name), error: state.fieldErrors[name] });
  const failed = state.status === "error" ? state.message : undefined;
  return (
    <>
      {success && state.status === "success" ? (
        <NotificationBanner
          variant="success"
          {...(success.title ? { title: success.title } : {})}
          {...(success.id ? { id: success.id } : {})}
        >
          {state.message}
        </NotificationBanner>
      ) : null}
      {problem ? <ActionProblem message={failed} {...problem} /> : null}
      <ErrorSummary
        errors={summary === false ? [] : (summary ?? summaryItems)(state)}
        description={description ? description(state) : problem ? undefined : failed}
      />
      <form {...(remount ? { key: JSON.stringify(state.values) } : {})} action={formAction} noValidate={noValidate} className={className}>
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {children({ state, pending, field })}
      </form>
    </>
  );
}
