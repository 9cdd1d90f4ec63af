import { ACCESS_TYPES, ATTENDING_TYPES, termName, type TaxonomySlug } from "@/lib/vocabulary";

// The same facts in the same words on every surface: search results, the listing page, print and email.

export function costText(isFree: boolean | null, fees: string | null): string {
  if (isFree) return fees ? `Free. ${fees}` : "Free";
  if (fees) return fees;
  return "Cost not stated: ask when you get in touch";
}

export function ageText(min: number | null, max: number | null): string {
  if (min === null && max === null) return "All ages";
  if (min !== null && max !== null) return min === max ? `Age ${min}` : `Ages ${min} to ${max}`;
  return min !== null ? `Ages ${min} and over` : `Up to age ${max}`;
}

export function accessText(codes: readonly string[]): string | null {
  const names = ACCESS_TYPES.filter((a) => codes.includes(a.code)).map((a) => a.name);
  return names.length ? names.join(", ") : null;
}

export function attendanceText(codes: readonly string[]): string | null {
  const names = ATTENDING_TYPES.filter((a) => codes.includes(a.code)).map((a) => a.name);
  return names.length ? names.join(", ") : null;
}

/** Names for codes, unknown codes left out (a term a moderator removed). */
export function termNames(slug: TaxonomySlug, codes: readonly string[]): string[] {
  return codes.map((c) => termName(slug, c)).filter((n): n is string => Boolean(n));
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
