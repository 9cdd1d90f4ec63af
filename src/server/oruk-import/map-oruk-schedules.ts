import "server-only";
import { plainTextFromHtml } from "@/lib/plain-text";
import type { FeedSchedule, FeedService, ImportedSchedule } from "@/lib/validation/oruk-import";
import { weekdayCodes } from "@/lib/vocabulary";

// A feed's iCal-style schedules as our sessions (ADR 0016, the reverse of ADR 0015's mapping): WEEKLY with
// BYDAY (one session per day), MONTHLY with "2SA"/"-1SA", DAILY as every day of the week, and a dated event
// (dtstart, no freq). What we cannot hold (YEARLY, BYMONTHDAY alone) is left out with a warning for the moderator.

type Day = (typeof weekdayCodes)[number];
const DAYS = new Set<string>(weekdayCodes);
const DATE = /^(\d{4}-\d{2}-\d{2})/;

/** Schedules of the service and of each service_at_location (the same id listed in both counts once). */
export function mapSchedules(s: FeedService, salIds: Array<string | null>, warnings: string[]): ImportedSchedule[] {
  const seen = new Set<string>();
  const out: ImportedSchedule[] = [];
  const take = (sc: FeedSchedule, fallbackIndex: number | null) => {
    if (sc.id) {
      if (seen.has(sc.id)) return;
      seen.add(sc.id);
    }
    const byLink = sc.service_at_location_id ? salIds.indexOf(sc.service_at_location_id) : -1;
    out.push(...mapSchedule(sc, byLink >= 0 ? byLink : fallbackIndex, warnings));
  };
  for (const sc of s.schedules) take(sc, null);
  s.service_at_locations.forEach((sal) => {
    const index = sal.id ? salIds.indexOf(sal.id) : -1;
    for (const sc of sal.schedules) take(sc, index >= 0 ? index : null);
  });
  return out;
}

function mapSchedule(sc: FeedSchedule, locationIndex: number | null, warnings: string[]): ImportedSchedule[] {
  const base = {
    locationIndex,
    opensAt: minutes(sc.opens_at),
    // Closing at "00:00" is closing at midnight, the end of the day (our exports write 24:00 so, as the standard's
    // time format has no 24:00).
    closesAt: minutes(sc.closes_at) === 0 ? 1440 : minutes(sc.closes_at),
    description: sc.description ? plainTextFromHtml(sc.description) || null : null,
    validFrom: date(sc.valid_from),
    validTo: date(sc.valid_to),
  };
  const freq = (sc.freq ?? "").toUpperCase();
  const tokens = (sc.byday ?? "")
    .toUpperCase()
    .split(",")
    .map((t) => /^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(t.trim()))
    .filter((m): m is RegExpExecArray => m !== null && DAYS.has(m[2]!));
  const label = sc.description ?? sc.byday ?? sc.dtstart ?? "a schedule";

  if (!freq && !tokens.length) {
    const day = date(sc.dtstart);
    if (day) return [{ ...base, freq: null, interval: null, byDay: null, weekOfMonth: null, dtstart: day }];
    warnings.push(`Schedule “${label}” has neither a day of the week nor a date: left out.`);
    return [];
  }
  const interval = sc.interval && Number.isInteger(sc.interval) && sc.interval >= 1 && sc.interval <= 52 ? sc.interval : 1;
  const weekly = (byDay: Day) => ({ ...base, freq: "WEEKLY" as const, interval, byDay, weekOfMonth: null, dtstart: null });
  if (freq === "DAILY") return weekdayCodes.map((d) => weekly(d));
  if (freq === "WEEKLY" || !freq) {
    if (!tokens.length) warnings.push(`Weekly schedule “${label}” names no day of the week: left out.`);
    return tokens.map((m) => weekly(m[2] as Day));
  }
  if (freq === "MONTHLY") {
    const out: ImportedSchedule[] = [];
    for (const m of tokens) {
      const week = Number(m[1] ?? NaN);
      if ([1, 2, 3, 4, -1].includes(week)) {
        out.push({ ...base, freq: "MONTHLY", interval: 1, byDay: m[2] as Day, weekOfMonth: week as 1 | 2 | 3 | 4 | -1, dtstart: null });
      }
    }
    if (!out.length) warnings.push(`Monthly schedule “${label}” is not on a numbered weekday of the month (like 2SA): left out.`);
    return out;
  }
  warnings.push(`Schedule “${label}” repeats ${freq.toLowerCase()}, which we cannot show yet: left out.`);
  return [];
}

/** "10:00", "10:00:00", "10:00:00Z" → minutes after midnight; null when it is not a time. */
function minutes(v: string | null | undefined): number | null {
  const m = /^([01]?\d|2[0-4]):([0-5]\d)/.exec((v ?? "").trim());
  if (!m) return null;
  const total = Number(m[1]) * 60 + Number(m[2]);
  return total <= 1440 ? total : null;
}

function date(v: string | null | undefined): string | null {
  const m = DATE.exec((v ?? "").trim());
  if (!m) return null;
  const d = new Date(`${m[1]}T00:00:00Z`);
  // Years outside 1900–2200 are typing slips ("0000-01-01"), not dates anyone can go on.
  const year = d.getUTCFullYear();
  return Number.isNaN(d.getTime()) || !d.toISOString().startsWith(m[1]!) || year < 1900 || year > 2200 ? null : m[1]!;
}
