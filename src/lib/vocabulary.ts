import vocabulary from "../../seeds/vocabulary.json";

// The one source of truth is seeds/vocabulary.json (seeded into taxonomy/taxonomy_term); this module gives
// search filters and forms the same codes and names without a database round trip.

export type TaxonomySlug = "category" | "need" | "audience" | "accessibility";
export type VocabularyTerm = { code: string; name: string; sortOrder: number };
export type Taxonomy = { slug: TaxonomySlug; name: string; description: string; terms: readonly VocabularyTerm[] };

export const TAXONOMY_SLUGS: readonly TaxonomySlug[] = ["category", "need", "audience", "accessibility"];

export const taxonomies: readonly Taxonomy[] = vocabulary.taxonomies.map((taxonomy) => {
  if (!TAXONOMY_SLUGS.includes(taxonomy.slug as TaxonomySlug)) throw new Error(`Unknown taxonomy ${taxonomy.slug}`);
  return {
    slug: taxonomy.slug as TaxonomySlug,
    name: taxonomy.name,
    description: taxonomy.description,
    terms: taxonomy.terms.map((term, index) => ({ code: term.code, name: term.name, sortOrder: index + 1 })),
  };
});

function termsOf(slug: TaxonomySlug): readonly VocabularyTerm[] {
  const taxonomy = taxonomies.find((t) => t.slug === slug);
  if (!taxonomy) throw new Error(`seeds/vocabulary.json has no taxonomy "${slug}"`);
  return taxonomy.terms;
}

export const categories = termsOf("category");
export const needs = termsOf("need");
export const audiences = termsOf("audience");
export const accessibilityFeatures = termsOf("accessibility");

export const categoryCodes: readonly string[] = categories.map((t) => t.code);

/** HSDS attending types (the `attending_type` enum), with the words the public sees. */
export const ATTENDING_TYPES = [
  { code: "in_person", name: "At a venue" },
  { code: "online", name: "Online" },
  { code: "phone", name: "By phone" },
  { code: "home_visit", name: "Home visit" },
] as const;
export type AttendingTypeCode = (typeof ATTENDING_TYPES)[number]["code"];
export const attendingTypeCodes = ATTENDING_TYPES.map((t) => t.code) as [AttendingTypeCode, ...AttendingTypeCode[]];

/** How people get in (the `access_type` enum). */
export const ACCESS_TYPES = [
  { code: "drop_in", name: "Drop in" },
  { code: "referral", name: "Referral needed" },
  { code: "booking", name: "Booking needed" },
  { code: "membership", name: "Membership" },
] as const;
export type AccessTypeCode = (typeof ACCESS_TYPES)[number]["code"];
export const accessTypeCodes = ACCESS_TYPES.map((t) => t.code) as [AccessTypeCode, ...AccessTypeCode[]];

/** The name for a code in a taxonomy, or undefined when the code is unknown. */
export function termName(slug: TaxonomySlug, code: string): string | undefined {
  return termsOf(slug).find((t) => t.code === code)?.name;
}

/** Codes of a taxonomy as a non-empty tuple, for z.enum. */
export function codesOf(slug: TaxonomySlug): [string, ...string[]] {
  const codes = termsOf(slug).map((t) => t.code);
  if (codes.length === 0) throw new Error(`taxonomy ${slug} has no terms`);
  return codes as [string, ...string[]];
}

/** Weekdays as iCal BYDAY codes (HSDS schedule.byday), Monday first, with their names. */
export const WEEKDAYS = [
  { code: "MO", slug: "mon", name: "Monday" },
  { code: "TU", slug: "tue", name: "Tuesday" },
  { code: "WE", slug: "wed", name: "Wednesday" },
  { code: "TH", slug: "thu", name: "Thursday" },
  { code: "FR", slug: "fri", name: "Friday" },
  { code: "SA", slug: "sat", name: "Saturday" },
  { code: "SU", slug: "sun", name: "Sunday" },
] as const;
export type WeekdayCode = (typeof WEEKDAYS)[number]["code"];
export const weekdayCodes = WEEKDAYS.map((d) => d.code) as [WeekdayCode, ...WeekdayCode[]];
