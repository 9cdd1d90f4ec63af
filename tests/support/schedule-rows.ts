import type { ScheduleRow } from "@/lib/schedule";

// Schedule rows as the database returns them, for unit tests of the schedule and listing words.

/** A weekly session on an iCal day ("TU"), minutes after midnight. */
export const weekly = (byDay: string, opensAt: number, closesAt: number, extra: Partial<ScheduleRow> = {}): ScheduleRow => ({
  freq: "WEEKLY",
  interval: 1,
  byDay,
  dtstart: null,
  validFrom: null,
  validTo: null,
  opensAt,
  closesAt,
  ...extra,
});

/** A one-off event on an ISO date. */
export const event = (date: string, opensAt: number | null, closesAt: number | null): ScheduleRow => ({
  freq: null,
  interval: null,
  byDay: null,
  dtstart: date,
  validFrom: date,
  validTo: date,
  opensAt,
  closesAt,
});
