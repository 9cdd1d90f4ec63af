import type { StepId } from "@/lib/validation/listing-steps";
import type { FormValues } from "./form-values";
import { emptySessionRow, MAX_SESSION_ROWS, readSessionRows, writeSessionRows } from "./session-rows";
import { emptyVenueRow, MAX_VENUE_ROWS, readVenueRows, writeVenueRows } from "./venue-rows";

// "Add another" and "Remove" are submit buttons (name="intent"), so rows can be added and removed without
// JavaScript: the server answers with the same values plus or minus a row, and saves nothing yet.

export type RowIntent =
  | { kind: "add-weekly" }
  | { kind: "add-event" }
  | { kind: "remove-session"; index: number }
  | { kind: "add-venue" }
  | { kind: "remove-venue"; index: number }
  | { kind: "find-postcode"; index: number };

export function parseRowIntent(step: StepId, raw: string): RowIntent | null {
  if (step === "when") {
    if (raw === "add-weekly" || raw === "add-event") return { kind: raw };
    const m = /^remove-session-(\d{1,2})$/.exec(raw);
    return m ? { kind: "remove-session", index: Number(m[1]) } : null;
  }
  if (step === "venues") {
    if (raw === "add-venue") return { kind: "add-venue" };
    const m = /^(remove-venue|find-postcode)-(\d{1,2})$/.exec(raw);
    return m ? { kind: m[1] as "remove-venue" | "find-postcode", index: Number(m[2]) } : null;
  }
  return null;
}

/** The form values after adding or removing a row; null for intents that need the server (postcode lookup). */
export function applyRowIntent(values: FormValues, intent: RowIntent): FormValues | null {
  switch (intent.kind) {
    case "add-weekly":
    case "add-event": {
      const rows = readSessionRows(values);
      if (rows.length < MAX_SESSION_ROWS) rows.push(emptySessionRow(intent.kind === "add-weekly" ? "weekly" : "event"));
      return writeSessionRows(rows, values);
    }
    case "remove-session":
      return writeSessionRows(
        readSessionRows(values).filter((_, i) => i !== intent.index),
        values,
      );
    case "add-venue": {
      const rows = readVenueRows(values);
      if (rows.length < MAX_VENUE_ROWS) rows.push(emptyVenueRow());
      return writeVenueRows(rows, values);
    }
    case "remove-venue":
      return writeVenueRows(
        readVenueRows(values).filter((_, i) => i !== intent.index),
        values,
      );
    case "find-postcode":
      return null;
  }
}
