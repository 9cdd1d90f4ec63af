import { listNote, row, type DiffRow } from "@/lib/listing-diff";
import { accessNames, agesText, attendanceNames, freeText, sessionLine, statusText, termNames } from "@/lib/listing-words";
import type { ImportedLocation, ImportedService } from "@/lib/validation/oruk-import";
import { matchTerm } from "@/lib/oruk-term-match";
import { termName, type TaxonomySlug } from "@/lib/vocabulary";

// What changed between two values an Open Referral feed gave for one service (the one last applied and the
// one waiting), field by field, in the words a moderator reads (listing-words.ts). Same rows as the revision
// diff (listing-diff.ts), so the same table shows them. `before` null: a new import, everything is added.

const joined = (items: readonly string[]) => (items.length ? items.join(", ") : null);
const lines = (items: readonly string[]) => (items.length ? items.join("\n") : null);

type Field =
  | { key: string; section: string; label: string; list: (v: ImportedService) => string[] }
  | {
      key: string;
      section: string;
      label: string;
      format: (v: ImportedService) => string | null;
    };

const terms = (slug: TaxonomySlug, pick: (v: ImportedService) => readonly string[]) => (v: ImportedService) => termNames(slug, pick(v));

const FIELDS: readonly Field[] = [
  { key: "name", section: "What", label: "Name", format: (v) => v.name },
  { key: "alternateName", section: "What", label: "Other name", format: (v) => v.alternateName },
  { key: "description", section: "What", label: "Description", format: (v) => v.description },
  { key: "status", section: "What", label: "Running", format: (v) => statusText(v.status) ?? "Yes" },
  { key: "categories", section: "What", label: "Categories", list: terms("category", (v) => v.categories) },
  { key: "organisation", section: "What", label: "Organisation", format: (v) => organisationText(v) },
  { key: "ages", section: "Who for", label: "Ages", format: (v) => agesText(v.minimumAge, v.maximumAge) },
  { key: "audiences", section: "Who for", label: "Who it is for", list: terms("audience", (v) => v.audiences) },
  { key: "needs", section: "Who for", label: "Helps with", list: terms("need", (v) => v.needs) },
  { key: "attendingTypes", section: "Where", label: "How people take part", list: (v) => attendanceNames(v.attendingTypes) },
  { key: "isFree", section: "Cost", label: "Free", format: (v) => freeText(v.isFree) },
  { key: "fees", section: "Cost", label: "Cost details", format: (v) => v.fees },
  { key: "costOptions", section: "Cost", label: "Cost options", list: (v) => v.costOptions.map(costOptionText) },
  { key: "accessTypes", section: "How to join", label: "How to join", list: (v) => accessNames(v.accessTypes) },
  { key: "email", section: "How to join", label: "Email", format: (v) => v.email },
  { key: "phones", section: "How to join", label: "Phones", list: (v) => v.phones },
  { key: "url", section: "How to join", label: "Website", format: (v) => v.url },
  { key: "contacts", section: "How to join", label: "Contacts", list: (v) => v.contacts.map(contactText) },
];

/** Compares two imported values; `before` is null for a service the feed has not given us before. */
export function diffImportedServices(before: ImportedService | null, after: ImportedService): DiffRow[] {
  const rows = FIELDS.map((f) => {
    if ("format" in f) return row(f.key, f.section, f.label, before ? f.format(before) : null, f.format(after));
    const b = before ? f.list(before) : [];
    const a = f.list(after);
    // Attendance and access read as one line; the other lists as one item a line.
    const text = f.key === "attendingTypes" || f.key === "accessTypes" || f.key === "categories" ? joined : lines;
    return row(f.key, f.section, f.label, before ? text(b) : null, text(a), listNote(b, a));
  });
  const at = rows.findIndex((r) => r.section === "Cost");
  rows.splice(at, 0, ...diffVenues(before?.locations ?? [], after.locations), ...diffSessions(before, after));
  return rows;
}

function organisationText(v: ImportedService): string | null {
  const o = v.organisation;
  if (!o) return null;
  return o.charityNumber ? `${o.name} (charity ${o.charityNumber})` : o.name;
}

/** "Adults: £5 (per session)", "Free", "£3". */
export function costOptionText(c: ImportedService["costOptions"][number]): string {
  const amount = c.amount === null ? null : c.amount === 0 ? "Free" : `£${c.amount.toFixed(2).replace(/\.00$/, "")}`;
  const main = [c.option, amount].filter(Boolean).join(": ") || "Cost";
  return c.amountDescription ? `${main} (${c.amountDescription})` : main;
}

function contactText(c: ImportedService["contacts"][number]): string {
  const who = [c.name, c.title].filter(Boolean).join(", ");
  return [who, c.email, ...c.phones].filter(Boolean).join(" · ");
}

/** What a venue is called in a sentence: its name, else its first address line, else the feed's id. */
export function importedVenueName(l: ImportedLocation): string {
  return l.name || l.address1 || `Venue ${l.sourceId}`;
}

/** Where the map point comes from, or that there is none (flagged: it will not show on the map). */
export function pointText(l: ImportedLocation): string {
  const at = l.lat !== null && l.lng !== null ? ` (${l.lat.toFixed(5)}, ${l.lng.toFixed(5)})` : "";
  if (l.pointFrom === "feed") return `From the feed${at}`;
  if (l.pointFrom === "postcode") return `At the centre of its postcode${at}`;
  return "None: it will not show on the map";
}

const VENUE_FIELDS: ReadonlyArray<{
  key: string;
  label: string;
  format: (l: ImportedLocation) => string | null;
  list?: (l: ImportedLocation) => string[];
}> = [
  { key: "name", label: "venue name", format: (l) => l.name },
  { key: "address", label: "address", format: (l) => joined([l.address1, l.address2, l.city].filter((x): x is string => Boolean(x))) },
  { key: "postcode", label: "postcode", format: (l) => l.postcode },
  { key: "point", label: "map point", format: pointText },
  {
    key: "accessibility",
    label: "accessibility",
    format: (l) => joined(termNames("accessibility", l.accessibility)),
    list: (l) => termNames("accessibility", l.accessibility),
  },
  {
    key: "accessibilityNotes",
    label: "accessibility notes",
    format: (l) => lines(l.accessibilityNotes),
    list: (l) => l.accessibilityNotes,
  },
];

/** Venues are paired by the feed's own location id (stable across re-imports), else by postcode. */
function diffVenues(before: readonly ImportedLocation[], after: readonly ImportedLocation[]): DiffRow[] {
  const left = [...before];
  const pairs: Array<[ImportedLocation | null, ImportedLocation | null]> = [];
  const unmatched: ImportedLocation[] = [];
  for (const a of after) {
    const i = left.findIndex((b) => b.sourceId === a.sourceId);
    if (i === -1) unmatched.push(a);
    else pairs.push([left.splice(i, 1)[0]!, a]);
  }
  for (const a of unmatched) {
    const i = a.postcode ? left.findIndex((b) => b.postcode === a.postcode) : -1;
    pairs.push([i === -1 ? null : left.splice(i, 1)[0]!, a]);
  }
  pairs.push(...left.map((b): [ImportedLocation, null] => [b, null]));

  return pairs.flatMap(([b, a]) => {
    const venue = (a ?? b)!;
    const key = `venue:${venue.sourceId}`;
    const label = `Venue: ${importedVenueName(venue)}`;
    if (!b || !a) return [row(key, "Where", label, b ? venueText(b) : null, a ? venueText(a) : null)];
    return VENUE_FIELDS.map((f) =>
      row(
        `${key}:${f.key}`,
        "Where",
        `${label} – ${f.label}`,
        f.format(b),
        f.format(a),
        f.list ? listNote(f.list(b), f.list(a)) : undefined,
      ),
    );
  });
}

function venueText(l: ImportedLocation): string {
  const address = [l.name, l.address1, l.address2, [l.city, l.postcode].filter(Boolean).join(" ")].filter((x) => x?.trim()).join(", ");
  const access = termNames("accessibility", l.accessibility);
  return [address || importedVenueName(l), `Map point: ${pointText(l)}`, access.length ? `Accessibility: ${access.join(", ")}` : ""]
    .filter(Boolean)
    .join("\n");
}

/** Sessions compared as whole descriptions, worded as the listing words them (sessionLine). */
function diffSessions(before: ImportedService | null, after: ImportedService): DiffRow[] {
  const describe = (v: ImportedService) =>
    v.schedules.map((s) => {
      const venue = s.locationIndex === null ? null : v.locations[s.locationIndex];
      return sessionLine(s, venue ? importedVenueName(venue) : null);
    });
  const remaining = before ? describe(before) : [];
  const rows: DiffRow[] = describe(after).map((text, i) => {
    const at = remaining.indexOf(text);
    if (at !== -1) remaining.splice(at, 1);
    return row(`session:after:${i}`, "When", "Session", at !== -1 ? text : null, text);
  });
  remaining.forEach((text, i) => rows.push(row(`session:before:${i}`, "When", "Session", text, null)));
  if (rows.length === 0) rows.push(row("sessions", "When", "Sessions", null, null));
  return rows;
}

/** What a moderator should know before approving: the importer's own warnings, and venues not on the map. */
export function importWarnings(v: ImportedService): string[] {
  const noPoint = v.locations
    .filter((l) => l.pointFrom === "none")
    .map((l) => `${importedVenueName(l)} has no map point: it will not show on the map.`);
  const noCategory =
    v.categories.length === 0 ? ["None of the feed's terms matched our categories, so it will not be found by browsing a category."] : [];
  return [...v.warnings, ...noPoint, ...noCategory];
}

export type OriginalTerm = { taxonomy: string | null; code: string | null; name: string; ours: string[] };

/**
 * Each taxonomy term the feed gave, with the terms of ours it matched (matchTerm, the importer's own rule: code,
 * name, then seeds/oruk-term-map.json), so a moderator sees what was understood and what was left as given.
 */
export function originalTermMatches(v: ImportedService): OriginalTerm[] {
  return v.originalTerms.map((t) => ({
    taxonomy: t.taxonomy,
    code: t.code,
    name: t.name,
    ours: matchTerm(t).map((m) => termName(m.taxonomy, m.code) ?? m.code),
  }));
}

/** Everything of ours the import kept, by kind: "Categories: Singing and choirs". */
export function keptTerms(v: ImportedService): Array<{ label: string; names: string[] }> {
  return [
    { label: "Categories", names: termNames("category", v.categories) },
    { label: "Who it is for", names: termNames("audience", v.audiences) },
    { label: "Helps with", names: termNames("need", v.needs) },
  ].filter((k) => k.names.length > 0);
}
