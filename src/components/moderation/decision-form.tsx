"use client";

import type { ReactNode } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { Button, Radios, Textarea, type ChoiceOption } from "@/components/ui";
import { valueOf, type FormState } from "@/lib/form-state";

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
  return (
    <ActionForm action={action} problem={{ reloadHref, ...(problemId ? { id: problemId } : {}) }} hidden={hidden}>
      {({ state, pending }) => (
        <>
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
        </>
      )}
    </ActionForm>
  );
}
