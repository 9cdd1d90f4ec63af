import type { ListingSession } from "@/lib/validation/listing";
import { optional, rowIndexes, text, withoutRows, type FormValues } from "./form-values";

/** One row of the "when" form, as typed: a weekly session or a dated event. */
export type SessionFormRow = {
  kind: "weekly" | "event";
  byDay: string;
  /** How often a weekly row repeats: "1" to "8" weeks, or "monthly" (then `weekOfMonth` says which week). */
  interval: string;
  weekOfMonth: string;
  date: string;
  opensAt: string;
  closesAt: string;
  /** Index of the venue ("" when there is only one). */
  venue: string;
  description: string;
};

export const MAX_SESSION_ROWS = 30;

export function emptySessionRow(kind: SessionFormRow["kind"]): SessionFormRow {
  return { kind, byDay: "", interval: "1", weekOfMonth: "", date: "", opensAt: "", closesAt: "", venue: "", description: "" };
}

export function readSessionRows(values: FormValues): SessionFormRow[] {
  return rowIndexes(values, "sessions").map((i) => {
    const f = (name: string) => text(values, `sessions.${i}.${name}`);
    return {
      kind: f("kind") === "event" ? "event" : "weekly",
      byDay: f("byDay"),
      interval: f("interval") || "1",
      weekOfMonth: f("weekOfMonth"),
      date: f("date"),
      opensAt: f("opensAt"),
      closesAt: f("closesAt"),
      venue: f("venue"),
      description: f("description"),
    };
  });
}

/** Rows back to form values, numbered from 0, replacing any rows already in `base`. */
export function writeSessionRows(rows: readonly SessionFormRow[], base: FormValues = {}): FormValues {
  const out: FormValues = withoutRows(base, "sessions");
  rows.forEach((row, i) => {
    for (const [name, value] of Object.entries(row)) out[`sessions.${i}.${name}`] = value;
  });
  return out;
}

/** A row with nothing typed in it is left out rather than refused. */
export function isBlankSessionRow(row: SessionFormRow): boolean {
  return [row.byDay, row.date, row.opensAt, row.closesAt, row.description].every((v) => v.trim() === "");
}

/** The value the listing schema parses for a row. */
export function sessionInput(row: SessionFormRow): Record<string, unknown> {
  const index = row.venue.trim() === "" ? undefined : Number(row.venue);
  return {
    kind: row.kind,
    ...(row.kind === "weekly" ? { byDay: optional(row.byDay), ...repeatInput(row) } : { date: optional(row.date) }),
    opensAt: optional(row.opensAt),
    closesAt: optional(row.closesAt),
    ...(index ? { locationIndex: index } : {}),
    description: row.description,
  };
}

/** "monthly" needs a week of the month; otherwise the number of weeks (the schema refuses 0, 9 or nonsense). */
function repeatInput(row: SessionFormRow): Record<string, unknown> {
  if (row.interval === "monthly") return { weekOfMonth: row.weekOfMonth.trim() === "" ? "" : Number(row.weekOfMonth) };
  const weeks = Number(row.interval.trim() || "1");
  // Every week is the plain case: the draft holds no interval for it, as readListing returns none.
  return weeks === 1 ? {} : { interval: weeks };
}

export function sessionRowsFromDraft(sessions: readonly ListingSession[]): SessionFormRow[] {
  return sessions.map((s) => ({
    kind: s.kind,
    byDay: s.kind === "weekly" ? s.byDay : "",
    interval: s.kind === "weekly" && s.weekOfMonth ? "monthly" : String(s.kind === "weekly" ? (s.interval ?? 1) : 1),
    weekOfMonth: s.kind === "weekly" && s.weekOfMonth ? String(s.weekOfMonth) : "",
    date: s.kind === "event" ? s.date : "",
    opensAt: s.opensAt,
    closesAt: s.closesAt,
    venue: s.locationIndex ? String(s.locationIndex) : "",
    description: s.description ?? "",
  }));
}
