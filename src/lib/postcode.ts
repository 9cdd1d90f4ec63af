// UK postcodes: pure helpers shared by the seed, forms and search.

const FULL = /^[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][A-Z]{2}$/;
const DISTRICT = /^[A-Z]{1,2}[0-9][0-9A-Z]?$/;

/** "ls11aa" / "LS1  1AA" → "LS1 1AA"; null when it cannot be a UK postcode. */
export function normalisePostcode(raw: string | null | undefined): string | null {
  const compact = (raw ?? "").replace(/\s+/g, "").toUpperCase();
  if (!FULL.test(compact)) return null;
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

/** The outward code ("LS1") of a normalised postcode. */
export function outcodeOf(postcode: string): string {
  return postcode.split(" ")[0] ?? postcode;
}

export type PostcodeQuery = { kind: "postcode"; postcode: string } | { kind: "district"; outcode: string };

/** A full postcode ("BD7 1DP") or a postcode district ("BD7"), normalised; null when it is neither. */
export function parsePostcodeQuery(raw: string | null | undefined): PostcodeQuery | null {
  const full = normalisePostcode(raw);
  if (full) return { kind: "postcode", postcode: full };
  const compact = (raw ?? "").replace(/\s+/g, "").toUpperCase();
  return DISTRICT.test(compact) ? { kind: "district", outcode: compact } : null;
}
