import { WEEKDAYS } from "@/lib/vocabulary";

// Sessions as the schedule table stores them (HSDS: weekly by day, or a one-off dated event; times in minutes
// after midnight), turned into the words people read and the next date someone could go. Dates are calendar
// days in Europe/London, as "YYYY-MM-DD".

export type SessionRow = {
  freq: "WEEKLY" | "MONTHLY" | null;
  interval: number | null;
  byDay: string | null;
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

/** "7pm", "10:30am", "12pm". */
export function formatTime(minutes: number): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  const suffix = h < 12 ? "am" : "pm";
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  return `${hour12}${m ? `:${String(m).padStart(2, "0")}` : ""}${suffix}`;
}

export function formatTimes(opensAt: number | null, closesAt: number | null): string {
  if (opensAt === null) return "times not given";
  if (opensAt === 0 && closesAt !== null && closesAt >= 24 * 60) return "open all day";
  return closesAt === null ? `from ${formatTime(opensAt)}` : `${formatTime(opensAt)} to ${formatTime(closesAt)}`;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "Tuesday 24 November 2026" for "2026-11-24" (written out here: ICU versions differ on the comma). */
export function formatDate(isoDate: string, options: { year?: boolean } = {}): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  const weekday = WEEKDAYS[weekdayOf(Date.UTC(y!, m! - 1, d!) / DAY_MS)]!.name;
  return `${weekday} ${d} ${MONTHS[m! - 1]}${options.year === false ? "" : ` ${y}`}`;
}

function dayName(code: string | null): string | undefined {
  return WEEKDAYS.find((d) => d.code === code)?.name;
}

/** One line per session: "Tuesdays, 7pm to 9pm", "Every 2 weeks on Fridays, …", "Saturday 5 December 2026, …". */
export function describeSession(row: SessionRow): string {
  const times = formatTimes(row.opensAt, row.closesAt);
  if (row.byDay && dayName(row.byDay)) {
    const days = `${dayName(row.byDay)}s`;
    if (row.freq === "MONTHLY") return `Monthly on ${days}, ${times}`;
    if ((row.interval ?? 1) > 1) return `Every ${row.interval} weeks on ${days}, ${times}`;
    return `${days}, ${times}`;
  }
  if (row.dtstart) return `${formatDate(row.dtstart)}, ${times}`;
  return times;
}

/** Today's date and the minutes since midnight in London. */
export function londonNow(now: Date): { date: string; minutes: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

const toDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const fromDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** Monday = 0 … Sunday = 6 (the order of WEEKDAYS). */
const weekdayOf = (day: number) => (new Date(day * DAY_MS).getUTCDay() + 6) % 7;

/**
 * The next date someone could go: the soonest weekly session or future event, skipping today's sessions that
 * have already finished. Monthly sessions have no fixed week in our data, so they give no date.
 */
export function nextSession(rows: readonly SessionRow[], now: Date): NextSession | null {
  const today = londonNow(now);
  const todayDay = toDay(today.date);
  const stillOn = (day: number, row: SessionRow) => day > todayDay || (row.closesAt ?? row.opensAt ?? 24 * 60) > today.minutes;
  let best: { day: number; row: SessionRow } | null = null;
  const consider = (day: number, row: SessionRow) => {
    if (!best || day < best.day || (day === best.day && (row.opensAt ?? 0) < (best.row.opensAt ?? 0))) best = { day, row };
  };
  for (const row of rows) {
    if (row.byDay && row.freq !== "MONTHLY") {
      const weekday = DAY_CODES.indexOf(row.byDay);
      if (weekday < 0) continue;
      const interval = Math.max(1, row.interval ?? 1);
      const anchor = row.dtstart ?? row.validFrom;
      const start = Math.max(todayDay, row.validFrom ? toDay(row.validFrom) : todayDay);
      const end = row.validTo ? toDay(row.validTo) : Infinity;
      for (let day = start; day <= Math.min(end, start + 7 * interval + 7); day++) {
        if (weekdayOf(day) !== weekday || !stillOn(day, row)) continue;
        if (anchor && day < toDay(anchor)) continue;
        if (interval > 1 && anchor && Math.round((day - toDay(anchor)) / 7) % interval !== 0) continue;
        consider(day, row);
        break;
      }
    } else if (!row.byDay && row.dtstart) {
      const day = toDay(row.dtstart);
      if (day >= todayDay && stillOn(day, row)) consider(day, row);
    }
  }
  const found = best as { day: number; row: SessionRow } | null;
  return found ? { date: fromDay(found.day), opensAt: found.row.opensAt, closesAt: found.row.closesAt } : null;
}

/** The sessions in the order people read them: weekly by day and time, then dated events by date. */
export function sortSessions<T extends SessionRow>(rows: readonly T[]): T[] {
  const key = (r: SessionRow) =>
    r.byDay ? `0${DAY_CODES.indexOf(r.byDay)}${String(r.opensAt ?? 0).padStart(4, "0")}` : `1${r.dtstart ?? ""}${String(r.opensAt ?? 0).padStart(4, "0")}`;
  return [...rows].sort((a, b) => key(a).localeCompare(key(b)));
}

/** Past one-off events are history, not sessions. */
export function currentSessions<T extends SessionRow>(rows: readonly T[], now: Date): T[] {
  const today = londonNow(now).date;
  return rows.filter((r) => (r.byDay ? !r.validTo || r.validTo >= today : !r.dtstart || r.dtstart >= today));
}
