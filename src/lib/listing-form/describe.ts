import type { ListingLocation, ListingSession } from "@/lib/validation/listing";
import { ACCESS_TYPES, ATTENDING_TYPES, termName, WEEKDAYS, type TaxonomySlug } from "@/lib/vocabulary";

// Plain-English descriptions of a listing's answers, for the check page and the provider dashboard.

export function describeAges(min: number | null | undefined, max: number | null | undefined): string {
  if (min == null && max == null) return "Any age";
  if (min != null && max == null) return `${min} and over`;
  if (min == null && max != null) return `Up to ${max}`;
  return min === max ? `${min} only` : `${min} to ${max}`;
}

export function describeTerms(slug: TaxonomySlug, codes: readonly string[] | undefined): string {
  return codes?.length ? codes.map((c) => termName(slug, c) ?? c).join(", ") : "None chosen";
}

export function describeAttending(codes: readonly string[] | undefined): string {
  return codes?.length ? codes.map((c) => ATTENDING_TYPES.find((t) => t.code === c)?.name ?? c).join(", ") : "Not answered";
}

export function describeAccess(codes: readonly string[] | undefined): string {
  return codes?.length ? codes.map((c) => ACCESS_TYPES.find((t) => t.code === c)?.name ?? c).join(", ") : "Not answered";
}

/** "Every Tuesday, 19:00 to 21:00" or "Saturday 12 December 2026, 14:00 to 16:00". */
export function describeSession(s: ListingSession): string {
  const times = `${s.opensAt} to ${s.closesAt}`;
  if (s.kind === "weekly") return `Every ${WEEKDAYS.find((d) => d.code === s.byDay)?.name ?? s.byDay}, ${times}`;
  const day = new Date(`${s.date}T12:00:00Z`);
  const weekday = day.toLocaleDateString("en-GB", { weekday: "long", timeZone: "UTC" });
  const date = day.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return `${weekday} ${date}, ${times}`;
}

/** The address as lines, as the provider entered it (the public page hides it when it is a home). */
export function addressLines(l: Partial<ListingLocation>): string[] {
  return [l.name, l.address1, l.address2, l.city, l.postcode].filter((x): x is string => Boolean(x && x.trim()));
}
