import type { ReactNode } from "react";

/**
 * Inline error message for one field. The visually hidden "Error:" prefix tells screen reader users what
 * this text is; the id is referenced from the control's `aria-describedby`.
 */
export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="mb-3 font-bold text-error">
      <span className="sr-only">Error: </span>
      {children}
    </p>
  );
}
