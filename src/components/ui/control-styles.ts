/** Shared classes for text-like controls: a 2px ink border (≥ 3:1 contrast) that thickens on error. */
export function controlClass(error: unknown, extra = ""): string {
  const border = error ? "border-error border-4" : "border-ink border-2";
  return `block min-h-10 max-w-full bg-canvas px-2 py-1 text-body text-ink ${border} ${extra}`.trim();
}

export const widths = {
  full: "w-full",
  "30ch": "w-full sm:w-[30ch]",
  "20ch": "w-full sm:w-[20ch]",
  "10ch": "w-[10ch]",
  "5ch": "w-[5ch]",
} as const;

export type ControlWidth = keyof typeof widths;
