"use client";

import { createContext, useActionState, useContext, useState, type ReactNode, type SyntheticEvent } from "react";
import { toggleShortlistAction, type ToggleState } from "@/app/(public)/shortlist/actions";

const FORM_ID = "shortlist-form";
const idle: ToggleState = { status: "idle" };

type Shortlisting = { formId: string; pendingId: string | null; error: { serviceId: string; message: string } | null };

const ShortlistContext = createContext<Shortlisting | null>(null);

/**
 * One form for every "Add to shortlist" button within: each button names it (`form="shortlist-form"`) and
 * submits its own `toggle` value. A page of 20 results then carries the action's hidden fields once, not 20
 * times. A real form posting a server action, so it works without JavaScript; the page re-renders with the
 * new state (the shortlist summary announces the new count).
 */
export function ShortlistForm({ children }: { children: ReactNode }) {
  const [state, action, pending] = useActionState(toggleShortlistAction, idle);
  const [submitted, setSubmitted] = useState<string | null>(null);
  const onSubmit = (event: SyntheticEvent<HTMLFormElement, SubmitEvent>) => {
    const value = (event.nativeEvent.submitter as HTMLButtonElement | null)?.value ?? "";
    setSubmitted(value.slice(value.indexOf(":") + 1) || null);
  };
  const errorId = state.status === "error" ? (state.serviceId ?? submitted) : null;
  const value: Shortlisting = {
    formId: FORM_ID,
    pendingId: pending ? submitted : null,
    error: errorId ? { serviceId: errorId, message: state.message ?? "We could not change your shortlist. Try again." } : null,
  };
  return (
    <ShortlistContext value={value}>
      <form id={FORM_ID} action={action} onSubmit={onSubmit} data-print="hide" />
      {children}
    </ShortlistContext>
  );
}

export function useShortlisting(): Shortlisting {
  const context = useContext(ShortlistContext);
  if (!context) throw new Error("A ShortlistButton needs a ShortlistForm around it");
  return context;
}
