import { formatDay } from "@/lib/dates";
import type { NextSession, ScheduleRow } from "@/lib/schedule";
import type { Listing, ListingLocation, ListingSession } from "@/lib/validation/listing";
import { ACCESS_TYPES, ATTENDING_TYPES, WEEKDAYS, termName, type TaxonomySlug } from "@/lib/vocabulary";

// A listing in the words people read, one wording per fact for every audience: the public (search results,
// the listing page, print and email), providers (the check page) and moderators (the diff and the listing's
// details). A fact that reads differently in two places is a bug here, not a choice of the page.

const joined = (items: readonly string[]) => (items.length ? items.join(", ") : null);

// Who it is for, what it costs, how to take part and join

/** "All ages", "Age 18", "Ages 5 to 11", "18 and over", "Up to age 11". */
export function agesText(min: number | null | undefined, max: number | null | undefined): string {
  if (min == null && max == null) return "All ages";
  if (min != null && max != null) return min === max ? `Age ${min}` : `Ages ${min} to ${max}`;
  return min != null ? `${min} and over` : `Up to age ${max}`;
}

/** What it costs in one sentence, or that nobody has said. */
export function costText(isFree: boolean | null | undefined, fees: string | null | undefined): string {
  if (isFree) return fees ? `Free. ${fees}` : "Free";
  if (fees) return fees;
  return "Cost not stated: ask when you get in touch";
}

/** The answer to "Is it free?", or null when it was never answered. */
export function freeText(isFree: boolean | null | undefined): string | null {
  if (isFree === null || isFree === undefined) return null;
  return isFree ? "Yes" : "No, there is a cost";
}

/** Names for codes, in the order given; unknown codes left out (a term a moderator removed). */
export function termNames(slug: TaxonomySlug, codes: readonly string[] | undefined): string[] {
  return (codes ?? []).map((c) => termName(slug, c)).filter((n): n is string => Boolean(n));
}

export function termsText(slug: TaxonomySlug, codes: readonly string[] | undefined): string | null {
  return joined(termNames(slug, codes));
}

/** How to join ("Drop in", "Referral needed"), in the vocabulary's order. */
export function accessNames(codes: readonly string[] | undefined): string[] {
  return ACCESS_TYPES.filter((a) => codes?.includes(a.code)).map((a) => a.name);
}

export function accessText(codes: readonly string[] | undefined): string | null {
  return joined(accessNames(codes));
}

/** How people take part ("At a venue", "Online"), in the vocabulary's order. */
export function attendanceNames(codes: readonly string[] | undefined): string[] {
  return ATTENDING_TYPES.filter((a) => codes?.includes(a.code)).map((a) => a.name);
}

export function attendanceText(codes: readonly string[] | undefined): string | null {
  return joined(attendanceNames(codes));
}

/** "350 m", "1.2 km", "12 km". */
export function distanceText(metres: number): string {
  if (metres < 950) return `${Math.max(10, Math.round(metres / 10) * 10)} m`;
  const km = metres / 1000;
  return km < 10 ? `${km.toFixed(1)} km` : `${Math.round(km)} km`;
}

/** HSDS service.status in words, or null for an active listing. */
export function statusText(status: string): string | null {
  switch (status) {
    case "temporarily closed":
    case "temporarily_closed":
      return "Temporarily closed";
    case "inactive":
      return "Not running at the moment";
    case "defunct":
      return "Closed";
    default:
      return null;
  }
}

// Where

export const HIDDEN_ADDRESS_TEXT = "Home address: hidden from the public";

/** The address as lines, as the provider entered it (the public page hides it when it is a home). */
export function addressLines(l: Partial<ListingLocation>): string[] {
  return [l.name, l.address1, l.address2, l.city, l.postcode].filter((x): x is string => Boolean(x && x.trim()));
}

/** What a venue is called in a sentence: its name, else its first address line. */
export function venueName(l: ListingLocation): string {
  return l.name?.trim() || l.address1;
}

/** A venue on one line, with whether its address is hidden and its accessibility. */
export function venueText(l: ListingLocation): string {
  const extras = [l.hideExactAddress ? HIDDEN_ADDRESS_TEXT : "", termsText("accessibility", l.accessibility) ?? ""].filter(Boolean);
  const address = [l.name, l.address1, l.address2, `${l.city} ${l.postcode}`].filter((x) => x?.trim()).join(", ");
  return extras.length ? `${address} (${extras.join("; ")})` : address;
}

// When

/** "7pm", "10:30am", "12pm" (GOV.UK style), from minutes after midnight. */
export function timeText(minutes: number): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  return `${hour12}${m ? `:${String(m).padStart(2, "0")}` : ""}${h < 12 ? "am" : "pm"}`;
}

/** "7pm to 9pm", "from 7pm", "times not given". */
export function timesText(opensAt: number | null, closesAt: number | null): string {
  if (opensAt === null) return "times not given";
  if (opensAt === 0 && closesAt !== null && closesAt >= 24 * 60) return "open all day";
  return closesAt === null ? `from ${timeText(opensAt)}` : `${timeText(opensAt)} to ${timeText(closesAt)}`;
}

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** A session as the provider entered it, as the schedule stores it, so both read the same. */
export function scheduleRowOf(s: ListingSession): ScheduleRow {
  const weekly = s.kind === "weekly";
  return {
    freq: weekly ? (s.weekOfMonth ? "MONTHLY" : "WEEKLY") : null,
    interval: weekly ? (s.weekOfMonth ? 1 : (s.interval ?? 1)) : null,
    byDay: weekly ? s.byDay : null,
    weekOfMonth: weekly ? (s.weekOfMonth ?? null) : null,
    dtstart: weekly ? null : s.date,
    validFrom: weekly ? null : s.date,
    validTo: weekly ? null : s.date,
    opensAt: minutesOf(s.opensAt),
    closesAt: minutesOf(s.closesAt),
    description: s.description ?? null,
  };
}

const WEEK_OF_MONTH: Partial<Record<string, string>> = {
  "1": "the first",
  "2": "the second",
  "3": "the third",
  "4": "the fourth",
  "-1": "the last",
};

const dayName = (code: string | null) => WEEKDAYS.find((d) => d.code === code)?.name;

/** "Every Tuesday, 7pm to 9pm", "Every 2 weeks on Friday, …", "Once a month on the first Saturday, …", "Saturday 5 December 2026, …". */
export function sessionText(session: ScheduleRow | ListingSession): string {
  const row = "kind" in session ? scheduleRowOf(session) : session;
  const times = timesText(row.opensAt, row.closesAt);
  const day = dayName(row.byDay);
  if (day) {
    if (row.freq === "MONTHLY") return `Once a month on ${WEEK_OF_MONTH[String(row.weekOfMonth)] ?? "a"} ${day}, ${times}`;
    if ((row.interval ?? 1) > 1) return `Every ${row.interval} weeks on ${day}, ${times}`;
    return `Every ${day}, ${times}`;
  }
  if (row.dtstart) return `${formatDay(row.dtstart)}, ${times}`;
  return times;
}

/** A session with where it happens and its note: "Every Tuesday, 7pm to 9pm at Square Chapel. Bring a mug". */
export function sessionLine(session: ScheduleRow | ListingSession, venue?: string | null): string {
  const note = session.description?.trim();
  return `${sessionText(session)}${venue ? ` at ${venue}` : ""}${note ? `. ${note}` : ""}`;
}

/** A provider's session with the name of the venue it is at, among the listing's venues. */
export function listingSessionLine(s: ListingSession, venues: readonly ListingLocation[]): string {
  const venue = venues[s.locationIndex ?? 0];
  return sessionLine(s, venue ? venueName(venue) : null);
}

/** "Tuesday 24 November 2026, 7pm to 9pm" (without the year where space is short). */
export function nextSessionText(next: NextSession, options: { year?: boolean } = {}): string {
  return `${formatDay(next.date, options)}, ${timesText(next.opensAt, next.closesAt)}`;
}

// A listing field by field, for the moderation diff and the listing's details

type ListingField = {
  key: keyof Listing;
  section: string;
  label: string;
  format: (l: Listing) => string | null;
  /** The items of a list field, to say which were added and removed. */
  list?: (l: Listing) => string[];
};

export const listingFields: readonly ListingField[] = [
  { key: "name", section: "What", label: "Name", format: (l) => l.name },
  { key: "description", section: "What", label: "Description", format: (l) => l.description },
  {
    key: "categories",
    section: "What",
    label: "Categories",
    format: (l) => termsText("category", l.categories),
    list: (l) => termNames("category", l.categories),
  },
  { key: "minimumAge", section: "Who for", label: "Ages", format: (l) => agesText(l.minimumAge, l.maximumAge) },
  {
    key: "audiences",
    section: "Who for",
    label: "Who it is for",
    format: (l) => termsText("audience", l.audiences),
    list: (l) => termNames("audience", l.audiences),
  },
  {
    key: "needs",
    section: "Who for",
    label: "Helps with",
    format: (l) => termsText("need", l.needs),
    list: (l) => termNames("need", l.needs),
  },
  {
    key: "attendingTypes",
    section: "Where",
    label: "How people take part",
    format: (l) => attendanceText(l.attendingTypes),
    list: (l) => attendanceNames(l.attendingTypes),
  },
  { key: "locations", section: "Where", label: "Venues", format: () => null },
  { key: "sessions", section: "When", label: "Sessions", format: () => null },
  { key: "isFree", section: "Cost", label: "Free", format: (l) => freeText(l.isFree) },
  { key: "fees", section: "Cost", label: "Cost details", format: (l) => l.fees ?? null },
  {
    key: "accessTypes",
    section: "How to join",
    label: "How to join",
    format: (l) => accessText(l.accessTypes),
    list: (l) => accessNames(l.accessTypes),
  },
  { key: "contactName", section: "How to join", label: "Contact name", format: (l) => l.contactName ?? null },
  { key: "email", section: "How to join", label: "Email", format: (l) => l.email ?? null },
  { key: "phone", section: "How to join", label: "Phone", format: (l) => l.phone ?? null },
  { key: "url", section: "How to join", label: "Website", format: (l) => l.url ?? null },
];

type VenueField = { key: string; label: string; format: (l: ListingLocation) => string | null; list?: (l: ListingLocation) => string[] };

export const venueFields: readonly VenueField[] = [
  { key: "name", label: "venue name", format: (l) => l.name ?? null },
  { key: "address1", label: "address line 1", format: (l) => l.address1 },
  { key: "address2", label: "address line 2", format: (l) => l.address2 ?? null },
  { key: "city", label: "town or city", format: (l) => l.city },
  { key: "postcode", label: "postcode", format: (l) => l.postcode },
  {
    key: "hideExactAddress",
    label: "address shown to the public",
    format: (l) => (l.hideExactAddress ? "No, area only (home address)" : "Yes"),
  },
  {
    key: "pin",
    label: "map pin",
    format: (l) => (l.lat !== undefined && l.lng !== undefined ? `${l.lat.toFixed(5)}, ${l.lng.toFixed(5)}` : null),
  },
  {
    key: "accessibility",
    label: "accessibility",
    format: (l) => termsText("accessibility", l.accessibility),
    list: (l) => termNames("accessibility", l.accessibility),
  },
];
