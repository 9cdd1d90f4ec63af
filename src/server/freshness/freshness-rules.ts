/** When owners are asked, reminded, and when an unconfirmed listing is marked stale (months after verified_at). */
export const ASK_AFTER_MONTHS = 6;
export const REMIND_AFTER_MONTHS = 11;
export const STALE_AFTER_MONTHS = 12;

/** Adds calendar months (as Postgres `interval 'n months'` does: 31 Aug + 6 months = 28/29 Feb). */
export function addMonths(date: Date, months: number): Date {
  const d = new Date(date.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}
