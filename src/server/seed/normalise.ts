// Pure text helpers for the seed: venue names. (Postcodes: src/lib/postcode.ts.)

// Words that say what kind of place it is rather than which one: "Ilkley Public Library" = "Ilkley Library".
const GENERIC = new Set([
  "the",
  "and",
  "of",
  "public",
  "library",
  "libraries",
  "branch",
  "museum",
  "centre",
  "center",
  "allotments",
  "allotment",
  "site",
]);

/** Distinguishing words of a venue name, lower case, without punctuation or generic words. */
export function nameTokens(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0 && !GENERIC.has(word));
}

/**
 * Whether two names plausibly name the same venue: the distinguishing words of one contain the other's
 * ("Brighouse" / "Brighouse Library & Smith Art Gallery"), or they share more than half of them. Two names
 * with no distinguishing words ("Library") match.
 */
export function namesMatch(a: string, b: string): boolean {
  const ta = new Set(nameTokens(a));
  const tb = new Set(nameTokens(b));
  if (ta.size === 0 || tb.size === 0) return ta.size === tb.size;
  const shared = [...ta].filter((t) => tb.has(t)).length;
  if (shared === Math.min(ta.size, tb.size)) return true;
  return shared / new Set([...ta, ...tb]).size > 0.5;
}
