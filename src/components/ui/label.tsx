import type { ReactNode } from "react";

/** A field label in bold, the size GOV.UK uses for questions that are not the page heading. */
export function Label({ htmlFor, children }: { htmlFor: string; children: ReactNode }) {
  return (
    <label htmlFor={htmlFor} className="mb-1 block font-bold">
      {children}
    </label>
  );
}
