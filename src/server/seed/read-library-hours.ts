// The councils' own library records (Libraries Hacked schema files): staffed opening hours per weekday, web
// page and email, joined to the 2023 libraries list by authority and postcode (else name). Pure.
import { normalisePostcode } from "@/lib/postcode";
import type { WeekdayCode } from "@/lib/vocabulary";
import { clean } from "./asset-candidate";
import { nameTokens } from "./normalise";
import type { OpeningRow } from "./parse-opening-hours";
import type { CsvRow } from "./read-csv";

export const LIBRARY_HOURS_SOURCE = "libraries-hacked-councils";

export type LibraryRecord = { hours: OpeningRow[]; hoursText: string[]; url: string | null; email: string | null };

const DAYS: Array<[string, WeekdayCode]> = [
  ["Monday", "MO"],
  ["Tuesday", "TU"],
  ["Wednesday", "WE"],
  ["Thursday", "TH"],
  ["Friday", "FR"],
  ["Saturday", "SA"],
  ["Sunday", "SU"],
];
const RANGE = /^([01]?\d|2[0-3]):([0-5]\d)\s*-\s*([01]?\d|2[0-4]):([0-5]\d)$/;

/** "10:00-12:30,13:30-17:00" → rows for that day; a range it cannot read goes into `unread`. */
export function parseDayHours(byDay: WeekdayCode, value: string, unread: string[]): OpeningRow[] {
  const rows: OpeningRow[] = [];
  for (const part of value
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = RANGE.exec(part);
    const opensAt = m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
    const closesAt = m ? Number(m[3]) * 60 + Number(m[4]) : NaN;
    if (m && closesAt > opensAt) rows.push({ byDay, opensAt, closesAt, description: null });
    else unread.push(`${byDay} ${part}`);
  }
  return rows;
}

function recordOf(row: CsvRow): LibraryRecord {
  const hoursText: string[] = [];
  const hours = DAYS.flatMap(([day, code]) => parseDayHours(code, row[`${day} staffed hours`] ?? "", hoursText));
  const email = clean(row["Email address"]);
  return {
    hours,
    hoursText,
    url: clean(row.URL),
    email: email && /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(email) ? email.toLowerCase() : null,
  };
}

/** The council's record for a library of the 2023 list: same council, and the same postcode or name. */
export function indexLibraryRecords(rows: CsvRow[]) {
  const open = rows.filter((r) => !clean(r["Year closed"]));
  const entries = open.map((r) => ({
    authority: (r["Local authority"] ?? "").toLowerCase(),
    postcode: normalisePostcode(r.Postcode),
    tokens: nameTokens(r["Library name"] ?? "").join(" "),
    record: recordOf(r),
  }));
  return (library: { authority: string; postcode: string | null; name: string }): LibraryRecord | null => {
    const council = entries.filter((e) => e.authority.includes(library.authority.toLowerCase()));
    const byPostcode = library.postcode ? council.filter((e) => e.postcode === library.postcode) : [];
    if (byPostcode.length === 1) return byPostcode[0]!.record;
    const tokens = nameTokens(library.name).join(" ");
    const byName = (byPostcode.length > 1 ? byPostcode : council).filter((e) => e.tokens === tokens);
    return byName.length === 1 ? byName[0]!.record : null;
  };
}
