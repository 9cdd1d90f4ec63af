// One activity as the lines a person needs to decide and go: what, when, where, cost, how to join,
// accessibility and how to get in touch, each fact with where it comes from (ADR 0009) in a word or two.
// Pure: the shortlist page, its print view and the emailed shortlist (text and HTML) all read these lines.
import { accessWords, costWords, factSourceLabel, NOT_STATED_TEXT, type FactKind, type FactProvenance } from "@/lib/fact-provenance";
import { accessText, attendanceText, nextSessionText, sessionText, termNames } from "@/lib/listing-words";
import { factSourceCredits } from "@/lib/listing-source";
import type { PublicListing } from "@/lib/public-listing";

export type FactLine = {
  label: string;
  value: string;
  /** "confirmed", "from open data", "usual for a library", "not confirmed"; null for what is not a fact of provenance (what, where). */
  source: string | null;
};

export const factOf = (l: Pick<PublicListing, "facts">, kind: FactKind): FactProvenance | null =>
  l.facts.find((f) => f.fact === kind) ?? null;

/** Every phone number, the first email and the website: from the listing and its contacts, without repeats. */
export function contactOf(l: PublicListing): { phones: string[]; email: string | null; url: string | null } {
  const phones = [...new Set([...l.phones, ...l.contacts.flatMap((c) => c.phones)])];
  return { phones, email: l.email ?? l.contacts.find((c) => c.email)?.email ?? null, url: l.url };
}

/** The accessibility a listing states: the venues' features by name and the note kept from open data. */
export function accessibilityOf(l: PublicListing): string | null {
  const names = [...new Set(l.venues.flatMap((v) => termNames("accessibility", v.accessibility)))];
  const note = factOf(l, "accessibility")?.note ?? null;
  const text = [names.join(", "), note].filter(Boolean).join(". ");
  return text || null;
}

/** A venue on one line: the address, or only the area when it is someone's home. */
export function whereText(v: PublicListing["venues"][number]): string {
  if (v.hidden) return `${v.area ?? "West Yorkshire"} (the exact address is given when you get in touch)`;
  if (v.address) return [v.name, ...v.address.lines, v.address.postcode].filter(Boolean).join(", ");
  return [v.name, v.area].filter(Boolean).join(", ") || "West Yorkshire";
}

export function listingFactLines(l: PublicListing): FactLine[] {
  const lines: FactLine[] = [];
  const fact = (label: string, kind: FactKind, value: string | null) =>
    lines.push(value ? { label, value, source: factSourceLabel(factOf(l, kind), true) } : { label, value: NOT_STATED_TEXT, source: null });
  const what = termNames("category", l.categories).join(", ");
  if (what) lines.push({ label: "What", value: what, source: null });

  const hoursNote = factOf(l, "schedule")?.note ?? null;
  const when = [...l.sessions.map((s) => sessionText(s)), ...(hoursNote ? [hoursNote] : [])];
  fact("When", "schedule", when.length ? when.join("; ") : null);
  if (l.nextSession) lines.push({ label: "Next session", value: nextSessionText(l.nextSession), source: null });

  if (l.venues.length) lines.push({ label: "Where", value: l.venues.map(whereText).join("; "), source: null });
  const remote = attendanceText(l.attendingTypes.filter((t) => t !== "in_person"));
  if (remote) lines.push({ label: l.venues.length ? "Also" : "Taking part", value: remote, source: null });

  fact("Cost", "cost", costWords(l.isFree, l.fees, factOf(l, "cost")));
  fact("How to join", "access", accessWords(l.accessTypes, factOf(l, "access")) ?? accessText(l.accessTypes));
  const accessibility = accessibilityOf(l);
  if (accessibility) fact("Accessibility", "accessibility", accessibility);

  const contact = contactOf(l);
  const contactSource = factSourceLabel(factOf(l, "contact"), true);
  if (contact.phones.length) lines.push({ label: "Phone", value: contact.phones.join(", "), source: contactSource });
  if (contact.email) lines.push({ label: "Email", value: contact.email, source: contactSource });
  if (contact.url) lines.push({ label: "Website", value: contact.url, source: contactSource });
  if (!contact.phones.length && !contact.email && !contact.url)
    lines.push({ label: "Contact", value: "No contact details yet", source: null });
  return lines;
}

/** "Free (usual for a library)": a line's value with its source, for plain text. */
export function factLineText(line: FactLine): string {
  return line.source ? `${line.value} (${line.source})` : line.value;
}

/** The open data sources behind some listings, with their licences, to credit once under a list of them. */
export function sourceCredits(listings: readonly PublicListing[]): string[] {
  return [
    ...new Set(
      listings.flatMap((l) => [
        ...l.sources.map((source) => `${source.name}, ${source.licence}`),
        ...factSourceCredits(l.facts).flatMap((c) =>
          c.licence ? [`${c.name.charAt(0).toUpperCase()}${c.name.slice(1)}, ${c.licence}`] : [],
        ),
      ]),
    ),
  ];
}
