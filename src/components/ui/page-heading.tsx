import type { ReactNode } from "react";

/** The page's single h1, with an optional caption above it (e.g. the section or step: "Add a listing"). */
export function PageHeading({ caption, children }: { caption?: ReactNode; children: ReactNode }) {
  return (
    <div className="mb-6 sm:mb-8">
      {caption ? <p className="mb-1 text-heading-s text-muted">{caption}</p> : null}
      <h1 className="text-heading-xl font-bold text-balance">{children}</h1>
    </div>
  );
}
