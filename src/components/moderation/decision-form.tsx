"use client";

import { useActionState, type ReactNode } from "react";
import { ActionProblem } from "@/components/moderation/action-problem";
import { Button, ErrorSummary, Radios, Textarea, type ChoiceOption } from "@/components/ui";
import { initialFormState, summaryItems, valueOf, type FormState } from "@/lib/form-state";

export type DecisionFormProps = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** The item and the lock versions the moderator saw (optimistic locking). */
  hidden: Record<string, string | number>;
  /** Where "reload to see the latest" points after a conflict. */
  reloadHref: string;
  problemId?: string;
  choice: { name: string; label: ReactNode; options: ChoiceOption[] };
  note: { name: string; label: string; hint?: string; rows: number };
  submitLabel: string;
};

/**
 * Every moderation decision has the same shape: one question, one note, one button, with the versions the
 * moderator saw in hidden fields. Works without JavaScript; keeps what was typed when the server says no.
 */
export function DecisionForm({ action, hidden, reloadHref, problemId, choice, note, submitLabel }: DecisionFormProps) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <>
      <ActionProblem message={state.message} reloadHref={reloadHref} {...(problemId ? { id: problemId } : {})} />
      <ErrorSummary errors={summaryItems(state)} />
      <form action={formAction} noValidate>
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <Radios
          name={choice.name}
          label={<span className="text-heading-m">{choice.label}</span>}
          defaultValue={valueOf(state, choice.name)}
          error={state.fieldErrors[choice.name]}
          options={choice.options}
        />
        <Textarea
          name={note.name}
          label={note.label}
          {...(note.hint ? { hint: note.hint } : {})}
          defaultValue={valueOf(state, note.name)}
          error={state.fieldErrors[note.name]}
          rows={note.rows}
        />
        <Button disabled={pending}>{pending ? "Saving…" : submitLabel}</Button>
      </form>
    </>
  );
}
