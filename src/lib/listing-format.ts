import type { Listing, ListingLocation, ListingSession } from "@/lib/validation/listing";
import { ACCESS_TYPES, ATTENDING_TYPES, WEEKDAYS, termName, type TaxonomySlug } from "@/lib/vocabulary";

// A listing value in the words people read: used by the moderation diff and listing summaries, so a field is
// named and formatted the same way everywhere.

const names = (slug: TaxonomySlug, codes: readonly string[]) => codes.map((c) => termName(slug, c) ?? c);
const join = (items: readonly string[]) => (items.length ? items.join(", ") : null);
const codeName = (list: readonly { code: string; name: string }[], codes: readonly string[]) =>
  codes.map((c) => list.find((x) => x.code === c)?.name ?? c);

export function describeAges(min: number | null, max: number | null): string {
  if (min === null && max === null) return "Any age";
  if (max === null) return `${min} and over`;
  if (min === null) return `Up to ${max}`;
  return `${min} to ${max}`;
}

type Field = {
  key: keyof Listing;
  section: string;
  label: string;
  format: (l: Listing) => string | null;
  /** The items of a list field, to say which were added and removed. */
  list?: (l: Listing) => string[];
};

export const listingFields: readonly Field[] = [
  { key: "name", section: "What", label: "Name", format: (l) => l.name },
  { key: "description", section: "What", label: "Description", format: (l) => l.description },
  { key: "categories", section: "What", label: "Categories", format: (l) => join(names("category", l.categories)), list: (l) => names("category", l.categories) },
  { key: "minimumAge", section: "Who for", label: "Ages", format: (l) => describeAges(l.minimumAge, l.maximumAge) },
  { key: "audiences", section: "Who for", label: "Who it is for", format: (l) => join(names("audience", l.audiences)), list: (l) => names("audience", l.audiences) },
  { key: "needs", section: "Who for", label: "Helps with", format: (l) => join(names("need", l.needs)), list: (l) => names("need", l.needs) },
  {
    key: "attendingTypes",
    section: "Where",
    label: "How people take part",
    format: (l) => join(codeName(ATTENDING_TYPES, l.attendingTypes)),
    list: (l) => codeName(ATTENDING_TYPES, l.attendingTypes),
  },
  { key: "locations", section: "Where", label: "Venues", format: () => null },
  { key: "sessions", section: "When", label: "Sessions", format: () => null },
  { key: "isFree", section: "Cost", label: "Free", format: (l) => (l.isFree ? "Yes" : "No") },
  { key: "fees", section: "Cost", label: "Cost details", format: (l) => l.fees ?? null },
  { key: "accessTypes", section: "How to join", label: "How to join", format: (l) => join(codeName(ACCESS_TYPES, l.accessTypes)), list: (l) => codeName(ACCESS_TYPES, l.accessTypes) },
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
  { key: "hideExactAddress", label: "address shown to the public", format: (l) => (l.hideExactAddress ? "No, area only (home address)" : "Yes") },
  { key: "pin", label: "map pin", format: (l) => (l.lat !== undefined && l.lng !== undefined ? `${l.lat.toFixed(5)}, ${l.lng.toFixed(5)}` : null) },
  {
    key: "accessibility",
    label: "accessibility",
    format: (l) => join(names("accessibility", l.accessibility)),
    list: (l) => names("accessibility", l.accessibility),
  },
];

/** What a venue is called in a sentence: its name, else its first address line. */
export function venueName(l: ListingLocation): string {
  return l.name?.trim() || l.address1;
}

export function describeVenue(l: ListingLocation): string {
  const address = [l.name, l.address1, l.address2, `${l.city} ${l.postcode}`].filter(Boolean).join(", ");
  const extras = [l.hideExactAddress ? "address hidden from the public" : "", join(names("accessibility", l.accessibility)) ?? ""].filter(Boolean);
  return extras.length ? `${address} (${extras.join("; ")})` : address;
}

export function describeSession(s: ListingSession, venues: readonly ListingLocation[]): string {
  const when =
    s.kind === "weekly"
      ? `Every ${WEEKDAYS.find((d) => d.code === s.byDay)?.name ?? s.byDay}`
      : describeDate(s.date);
  const venue = venues[s.locationIndex ?? 0];
  return [`${when}, ${s.opensAt} to ${s.closesAt}`, venue ? `at ${venueName(venue)}` : "", s.description ?? ""].filter(Boolean).join(", ");
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** "Saturday 12 December 2026" for "2026-12-12", the same in every runtime (no locale data needed). */
export function describeDate(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  return `${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
