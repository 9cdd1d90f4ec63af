"use client";

import { useSyncExternalStore } from "react";
import { buttonClass } from "@/components/ui";

const subscribe = () => () => {};

/** Opens the browser's print dialogue. Without JavaScript the page says how to print instead. */
export function PrintButton() {
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  if (!hydrated) return <p>Use your browser’s Print command to print this page.</p>;
  return (
    <button type="button" className={buttonClass("primary")} onClick={() => window.print()}>
      Print this page
    </button>
  );
}
