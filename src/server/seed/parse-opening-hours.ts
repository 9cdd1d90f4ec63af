// OpenStreetMap `opening_hours` values → weekly opening rows, using the reference implementation of the
// syntax (the `opening_hours` package). A value is evaluated over one ordinary week (no bank holidays, no
// clock change) and each open interval becomes a row per weekday. Values the library warns about ("9-5" reads
// as 09:00 to 05:00), that change from week to week, or that are not opening hours at all are kept as text for
// people to read. Pure: no server imports, so it is unit-tested.
import OpeningHours from "opening_hours";
import type { WeekdayCode } from "@/lib/vocabulary";

export type OpeningRow = { byDay: WeekdayCode; opensAt: number | null; closesAt: number | null; description: string | null };
export type ParsedOpeningHours = { kind: "weekly"; rows: OpeningRow[]; note?: string } | { kind: "text"; text: string };

const DAYS: readonly WeekdayCode[] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
// Monday 2 February 2026: no bank holiday that week and no clock change in England.
const WEEK_START = [2026, 1, 2] as const;
const ENGLAND = { lat: 53.8, lon: -1.55, address: { country_code: "gb", state: "England" } };
const VARIABLE = { "sunrise-sunset": "Open from sunrise to sunset", "dawn-dusk": "Open from dawn to dusk" } as Record<string, string>;

/** Minutes after midnight of `date`, counted from the day that started at `dayStart` (so midnight after is 1440). */
function minutesFrom(dayStart: Date, date: Date): number {
  return Math.round((date.getTime() - dayStart.getTime()) / 60_000);
}

export function parseOpeningHours(raw: string): ParsedOpeningHours {
  const given = raw
    .trim()
    .replace(/^\\?"|\\?"$/g, "")
    .trim();
  const text = given || raw.trim();
  // A trailing "PH off" is the only rule that differs between weeks in our data: read the week without it.
  const holidays = /;\s*PH\s+(off|closed)\s*$/i.test(given);
  const value = holidays ? given.replace(/;\s*PH\s+(off|closed)\s*$/i, "") : given;
  const variable = VARIABLE[value.toLowerCase().replace(/\s+/g, "")];
  if (variable) return { kind: "weekly", rows: DAYS.map((byDay) => ({ byDay, opensAt: null, closesAt: null, description: variable })) };

  let oh: OpeningHours;
  try {
    oh = new OpeningHours(value, ENGLAND, { mode: 0, tag_key: "opening_hours", map_value: false, warnings_severity: 4, locale: "en" });
  } catch {
    return { kind: "text", text };
  }
  if (oh.getWarnings().length > 0 || !oh.isWeekStable()) return { kind: "text", text };

  const rows: OpeningRow[] = [];
  for (let d = 0; d < 7; d++) {
    const dayStart = new Date(WEEK_START[0], WEEK_START[1], WEEK_START[2] + d);
    const dayEnd = new Date(WEEK_START[0], WEEK_START[1], WEEK_START[2] + d + 1);
    for (const [from, to, unknown, comment] of oh.getOpenIntervals(dayStart, dayEnd)) {
      if (unknown || comment) return { kind: "text", text };
      const opensAt = minutesFrom(dayStart, from);
      const closesAt = minutesFrom(dayStart, to);
      if (closesAt > opensAt) rows.push({ byDay: DAYS[d]!, opensAt, closesAt, description: null });
    }
  }
  // "Closed every day" tells nobody when to go; keep the words.
  if (rows.length === 0) return { kind: "text", text };
  return holidays ? { kind: "weekly", rows, note: "Closed on bank holidays" } : { kind: "weekly", rows };
}
