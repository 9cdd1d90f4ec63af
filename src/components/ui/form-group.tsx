import type { ReactNode } from "react";

/**
 * Wraps one question. With an error it shows the red bar on the left, the GOV.UK cue that draws the eye to
 * the field in error (the message itself carries the meaning, not the colour).
 */
export function FormGroup({ error, children }: { error?: string | undefined; children: ReactNode }) {
  return <div className={`mb-6 sm:mb-8 ${error ? "border-l-4 border-error pl-4" : ""}`}>{children}</div>;
}
