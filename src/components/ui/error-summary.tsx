import type { ReactNode } from "react";
import { FocusOnMount } from "./focus-on-mount";

export type ErrorSummaryItem = {
  /** The id of the field in error (without "#"); the link moves focus to it. */
  fieldId: string;
  message: string;
  /** When the field is on another page (e.g. a check-your-answers page linking to a form step). */
  href?: string;
};

/**
 * "There is a problem": shown at the top of the page after a failed submission, listing every error as a link
 * to its field. It takes focus on render so the problem is announced straight away.
 */
export function ErrorSummary({
  errors,
  title = "There is a problem",
  description,
}: {
  errors: readonly ErrorSummaryItem[];
  title?: string;
  description?: ReactNode;
}) {
  if (errors.length === 0 && !description) return null;
  const focusKey = errors.map((e) => `${e.fieldId}:${e.message}`).join("|") || String(description);
  return (
    <FocusOnMount focusKey={focusKey} role="alert" aria-labelledby="error-summary-title" className="mb-8 border-4 border-error p-4 sm:p-5">
      <h2 id="error-summary-title" className="mb-4 text-heading-m font-bold">
        {title}
      </h2>
      {description ? <div className="mb-4">{description}</div> : null}
      {errors.length ? (
        <ul className="space-y-2">
          {errors.map((error) => (
            <li key={`${error.fieldId}-${error.message}`}>
              <a
                href={error.href ?? `#${error.fieldId}`}
                className="font-bold text-error visited:text-error hover:text-error focus-visible:text-focus-text"
              >
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </FocusOnMount>
  );
}
