// Every date and time people read, in Europe/London whatever the server's or browser's time zone. The words
// are put together here rather than by `dateStyle`, because ICU versions differ on commas and "at".
// Two kinds of input: a `Date` (an instant, shown as London's calendar day and clock), and an ISO calendar
// day "YYYY-MM-DD" (a day with no time: a session date, a statistics month), shown as that day.

const ZONE = "Europe/London";
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const london = new Intl.DateTimeFormat("en-GB", {
  timeZone: ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

type Parts = { year: number; month: number; day: number; hour: number; minute: number };

function londonParts(d: Date): Parts {
  const p = Object.fromEntries(london.formatToParts(d).map((x) => [x.type, x.value]));
  return { year: Number(p.year), month: Number(p.month), day: Number(p.day), hour: Number(p.hour), minute: Number(p.minute) };
}

const pad = (n: number) => String(n).padStart(2, "0");

function calendarParts(isoDate: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(isoDate);
  if (!m) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year: Number(m[1]), month, day: Number(m[3] ?? 1) } : null;
}

/** "2026-11-24": the day it is in London at that instant, for date inputs, links and comparisons. */
export function isoDate(d: Date): string {
  const p = londonParts(d);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** Today's date and the minutes since midnight in London. */
export function londonNow(now: Date): { date: string; minutes: number } {
  const p = londonParts(now);
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, minutes: p.hour * 60 + p.minute };
}

/** "24 November 2026", for an instant (its London day) or an ISO calendar day. */
export function formatDate(d: Date | string): string {
  const p = typeof d === "string" ? calendarParts(d) : londonParts(d);
  return p ? `${p.day} ${MONTHS[p.month - 1]} ${p.year}` : String(d);
}

/** "Tuesday 24 November 2026", or "Tuesday 24 November" without the year, for an ISO calendar day. */
export function formatDay(isoDay: string, options: { year?: boolean } = {}): string {
  const p = calendarParts(isoDay);
  if (!p) return isoDay;
  const weekday = WEEKDAYS[new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()];
  return `${weekday} ${p.day} ${MONTHS[p.month - 1]}${options.year === false ? "" : ` ${p.year}`}`;
}

/** "24 November 2026 at 18:30", London's clock. */
export function formatDateTime(d: Date): string {
  const p = londonParts(d);
  return `${p.day} ${MONTHS[p.month - 1]} ${p.year} at ${pad(p.hour)}:${pad(p.minute)}`;
}

/** "November 2026" for "2026-11-01" (a statistics month); anything else is returned as it came. */
export function formatMonth(isoDay: string): string {
  const p = calendarParts(isoDay);
  return p ? `${MONTHS[p.month - 1]} ${p.year}` : isoDay;
}

/** "today", "1 day", "12 days": how long something has been waiting (whole days of 24 hours). */
export function waitingFor(since: Date, now: Date = new Date()): string {
  const days = Math.floor((now.getTime() - since.getTime()) / 86_400_000);
  if (days <= 0) return "today";
  return days === 1 ? "1 day" : `${days} days`;
}
