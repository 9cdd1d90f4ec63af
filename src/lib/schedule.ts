import { londonNow } from "@/lib/dates";
import { WEEKDAYS } from "@/lib/vocabulary";

// Sessions as the schedule table stores them (HSDS: weekly by day, or a one-off dated event; times in minutes
// after midnight): their order, which are current, and the next date someone could go. Dates are calendar
// days in Europe/London, as "YYYY-MM-DD". The words for them are in listing-words.ts.

export type ScheduleRow = {
  freq: "WEEKLY" | "MONTHLY" | null;
  interval: number | null;
  byDay: string | null;
  /** MONTHLY only: which byDay of the month, 1..4 or -1 for the last. */
  weekOfMonth?: number | null;
  dtstart: string | null;
  validFrom: string | null;
  validTo: string | null;
  opensAt: number | null;
  closesAt: number | null;
  description?: string | null;
};

export type NextSession = { date: string; opensAt: number | null; closesAt: number | null };

const DAY_CODES = WEEKDAYS.map((d) => d.code) as readonly string[];
const DAY_MS = 86_400_000;

const toDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const fromDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** Monday = 0 … Sunday = 6 (the order of WEEKDAYS). */
const weekdayOf = (day: number) => (new Date(day * DAY_MS).getUTCDay() + 6) % 7;

/** Whether a day is the nth of its weekday in its month (1..4), or the last (-1). */
function isWeekOfMonth(day: number, week: number): boolean {
  const dayOfMonth = new Date(day * DAY_MS).getUTCDate();
  if (week === -1) return new Date((day + 7) * DAY_MS).getUTCDate() < dayOfMonth;
  return Math.ceil(dayOfMonth / 7) === week;
}

/**
 * The next date someone could go: the soonest weekly session or future event, skipping today's sessions that
 * have already finished. A monthly session gives a date only when its week of the month is known.
 */
export function nextSession(rows: readonly ScheduleRow[], now: Date): NextSession | null {
  const today = londonNow(now);
  const todayDay = toDay(today.date);
  const stillOn = (day: number, row: ScheduleRow) => day > todayDay || (row.closesAt ?? row.opensAt ?? 24 * 60) > today.minutes;
  let best: { day: number; row: ScheduleRow } | null = null;
  const consider = (day: number, row: ScheduleRow) => {
    if (!best || day < best.day || (day === best.day && (row.opensAt ?? 0) < (best.row.opensAt ?? 0))) best = { day, row };
  };
  for (const row of rows) {
    if (row.byDay && row.freq !== "MONTHLY") {
      const weekday = DAY_CODES.indexOf(row.byDay);
      if (weekday < 0) continue;
      const interval = Math.max(1, row.interval ?? 1);
      const anchor = row.dtstart ?? row.validFrom;
      // Every few weeks with no first date: we cannot tell which week, so we name no date rather than a wrong one.
      if (interval > 1 && !anchor) continue;
      const start = Math.max(todayDay, row.validFrom ? toDay(row.validFrom) : todayDay);
      const end = row.validTo ? toDay(row.validTo) : Infinity;
      for (let day = start; day <= Math.min(end, start + 7 * interval + 7); day++) {
        if (weekdayOf(day) !== weekday || !stillOn(day, row)) continue;
        if (anchor && day < toDay(anchor)) continue;
        if (interval > 1 && anchor && Math.round((day - toDay(anchor)) / 7) % interval !== 0) continue;
        consider(day, row);
        break;
      }
    } else if (row.byDay && row.weekOfMonth) {
      // Once a month on the nth (or last) weekday: the first such day in the next two months.
      const weekday = DAY_CODES.indexOf(row.byDay);
      const start = Math.max(todayDay, row.validFrom ? toDay(row.validFrom) : todayDay);
      const end = row.validTo ? toDay(row.validTo) : Infinity;
      for (let day = start; day <= Math.min(end, start + 62); day++) {
        if (weekdayOf(day) !== weekday || !isWeekOfMonth(day, row.weekOfMonth) || !stillOn(day, row)) continue;
        consider(day, row);
        break;
      }
    } else if (!row.byDay && row.dtstart) {
      const day = toDay(row.dtstart);
      if (day >= todayDay && stillOn(day, row)) consider(day, row);
    }
  }
  const found = best as { day: number; row: ScheduleRow } | null;
  return found ? { date: fromDay(found.day), opensAt: found.row.opensAt, closesAt: found.row.closesAt } : null;
}

/** The sessions in the order people read them: weekly by day and time, then dated events by date. */
export function sortSessions<T extends ScheduleRow>(rows: readonly T[]): T[] {
  const key = (r: ScheduleRow) =>
    r.byDay
      ? `0${DAY_CODES.indexOf(r.byDay)}${String(r.opensAt ?? 0).padStart(4, "0")}`
      : `1${r.dtstart ?? ""}${String(r.opensAt ?? 0).padStart(4, "0")}`;
  return [...rows].sort((a, b) => key(a).localeCompare(key(b)));
}

/** Past one-off events are history, not sessions. */
export function currentSessions<T extends ScheduleRow>(rows: readonly T[], now: Date): T[] {
  const today = londonNow(now).date;
  return rows.filter((r) => (r.byDay ? !r.validTo || r.validTo >= today : !r.dtstart || r.dtstart >= today));
}
