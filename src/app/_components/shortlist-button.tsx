"use client";

import { useActionState } from "react";
import { toggleShortlistAction, type ToggleState } from "@/app/(public)/shortlist/actions";
import { buttonClass } from "@/components/ui";

const idle: ToggleState = { status: "idle" };

/**
 * Add to / remove from the shortlist. A real form posting a server action, so it works without JavaScript;
 * the page re-renders with the new state (the shortlist summary on the page announces the new count).
 */
export function ShortlistButton({ serviceId, name, inShortlist }: { serviceId: string; name: string; inShortlist: boolean }) {
  const [state, action, pending] = useActionState(toggleShortlistAction, idle);
  // The visible words start the accessible name (WCAG 2.5.3); the name says which activity.
  const label = inShortlist ? "Remove from shortlist" : "Add to shortlist";
  return (
    <form action={action} data-print="hide">
      <input type="hidden" name="serviceId" value={serviceId} />
      <input type="hidden" name="op" value={inShortlist ? "remove" : "add"} />
      <button
        type="submit"
        disabled={pending}
        className={buttonClass("secondary", "btn-small")}
        aria-label={`${label}: ${name}`}
        aria-describedby={state.status === "error" ? `shortlist-error-${serviceId}` : undefined}
      >
        {pending ? "Saving…" : label}
      </button>
      {state.status === "error" ? (
        <p id={`shortlist-error-${serviceId}`} role="alert" className="mt-1 font-bold text-error">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
