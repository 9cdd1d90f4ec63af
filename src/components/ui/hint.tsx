import type { ReactNode } from "react";

/** Hint text under a label or legend. Give it the control's `hintId` so `aria-describedby` can point at it. */
export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div id={id} className="mb-3 text-muted">
      {children}
    </div>
  );
}
