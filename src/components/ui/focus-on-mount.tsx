"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * A container that takes keyboard focus when it appears (and again whenever `focusKey` changes), so screen
 * readers announce it and keyboard users start from it. Used by ErrorSummary after a failed submission.
 */
export function FocusOnMount({
  focusKey,
  className,
  children,
  ...aria
}: {
  focusKey: string;
  className?: string;
  children: ReactNode;
  role?: string;
  "aria-labelledby"?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);
  return (
    <div ref={ref} tabIndex={-1} data-focus-ring className={className} {...aria}>
      {children}
    </div>
  );
}
