"use client";

import { buttonClass } from "@/components/ui";
import { useShortlisting } from "./shortlist-form";

/** Add to / remove from the shortlist: a submit button of the ShortlistForm around it. */
export function ShortlistButton({ serviceId, name, inShortlist }: { serviceId: string; name: string; inShortlist: boolean }) {
  const { formId, pendingId, error } = useShortlisting();
  const pending = pendingId === serviceId;
  const failed = error?.serviceId === serviceId ? error.message : null;
  // The visible words start the accessible name (WCAG 2.5.3); the name says which activity.
  const label = inShortlist ? "Remove from shortlist" : "Add to shortlist";
  return (
    <div data-print="hide">
      <button
        type="submit"
        form={formId}
        name="toggle"
        value={`${inShortlist ? "remove" : "add"}:${serviceId}`}
        disabled={pending}
        className={buttonClass("secondary", "btn-small")}
        aria-label={`${label}: ${name}`}
        aria-describedby={failed ? `shortlist-error-${serviceId}` : undefined}
      >
        {pending ? "Saving…" : label}
      </button>
      {failed ? (
        <p id={`shortlist-error-${serviceId}`} role="alert" className="mt-1 font-bold text-error">
          {failed}
        </p>
      ) : null}
    </div>
  );
}
