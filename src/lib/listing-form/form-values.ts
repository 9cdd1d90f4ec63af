// Form fields arrive as strings; these helpers turn them into the shapes the listing schemas parse, so a
// wrong value reaches zod (and its message) instead of being silently dropped.

/** Submitted or initial form values: dotted paths ("sessions.0.opensAt") to a string, or several for checkboxes. */
export type FormValues = Record<string, string | string[]>;

export function text(values: FormValues, key: string): string {
  const v = values[key];
  return (Array.isArray(v) ? v[0] : v) ?? "";
}

export function list(values: FormValues, key: string): string[] {
  const v = values[key];
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).filter((s) => s !== "");
}

/** Blank means "not given", so optional fields are left out instead of failing a format check. */
export function optional(s: string): string | undefined {
  return s.trim() === "" ? undefined : s;
}

/** "" → not given; digits → a number; anything else → NaN, which the schema refuses with its own message. */
export function ageOf(s: string): number | null {
  const t = s.trim();
  if (t === "") return null;
  return /^\d+$/.test(t) ? Number(t) : Number.NaN;
}

/** A map coordinate from a hidden field, or undefined when absent or not a number. */
export function coordinateOf(s: string): number | undefined {
  const n = Number(s);
  return s.trim() === "" || !Number.isFinite(n) ? undefined : n;
}

/** The distinct row numbers used under `prefix` ("sessions" → 0, 1, 3), in order. */
export function rowIndexes(values: FormValues, prefix: string): number[] {
  const found = new Set<number>();
  const pattern = new RegExp(`^${prefix}\\.(\\d{1,2})\\.`);
  for (const key of Object.keys(values)) {
    const m = pattern.exec(key);
    if (m) found.add(Number(m[1]));
  }
  return [...found].sort((a, b) => a - b);
}

/** Keeps only the entries that are not rows of `prefix`. */
export function withoutRows(values: FormValues, prefix: string): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([k]) => !k.startsWith(`${prefix}.`)));
}
