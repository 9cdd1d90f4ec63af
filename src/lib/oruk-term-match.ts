import termMap from "../../seeds/oruk-term-map.json";
import { TAXONOMY_SLUGS, taxonomies, type TaxonomySlug } from "@/lib/vocabulary";

// An Open Referral feed's taxonomy terms as our vocabulary codes (ADR 0016): the same code in a taxonomy of the
// same name (our own feed, or one that uses our vocabulary), else the same term name, else the small table in
// seeds/oruk-term-map.json. A term that matches nothing gives nothing: it is kept as given, never guessed.

export type TermMatch = { taxonomy: TaxonomySlug; code: string };
export type FeedTerm = { taxonomy?: string | null; code?: string | null; name: string };

/** "Men's Shed" → "men s shed": lower case, anything but letters and digits as single spaces. */
export const termKey = (s: string) =>
  s
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

const MAPPED = new Map<string, TermMatch[]>(
  Object.entries(termMap.terms).map(([name, targets]) => [
    termKey(name),
    targets.map((t) => {
      const [taxonomy, code] = t.split(":") as [string, string];
      if (!TAXONOMY_SLUGS.includes(taxonomy as TaxonomySlug) || !codeExists(taxonomy as TaxonomySlug, code)) {
        throw new Error(`seeds/oruk-term-map.json: "${t}" is not in seeds/vocabulary.json`);
      }
      return { taxonomy: taxonomy as TaxonomySlug, code };
    }),
  ]),
);

function codeExists(slug: TaxonomySlug, code: string) {
  return taxonomies.some((t) => t.slug === slug && t.terms.some((term) => term.code === code));
}

/** Which of our taxonomies the feed's taxonomy name is (by slug or name), if any. */
function ourTaxonomy(name: string | null | undefined): TaxonomySlug | null {
  if (!name) return null;
  const key = termKey(name);
  return taxonomies.find((t) => t.slug === key || termKey(t.name) === key)?.slug ?? null;
}

export function matchTerm(term: FeedTerm): TermMatch[] {
  const only = ourTaxonomy(term.taxonomy);
  const candidates = taxonomies.filter((t) => !only || t.slug === only);
  const code = term.code?.trim();
  if (code) {
    const byCode = candidates.filter((t) => t.terms.some((x) => x.code === code));
    if (byCode.length === 1) return [{ taxonomy: byCode[0]!.slug, code }];
  }
  const key = termKey(term.name);
  const byName = candidates.flatMap((t) => t.terms.filter((x) => termKey(x.name) === key).map((x) => ({ taxonomy: t.slug, code: x.code })));
  if (byName.length) return byName;
  return (MAPPED.get(key) ?? []).filter((m) => !only || m.taxonomy === only);
}

/** Our accessibility codes named in a feed's words ("Induction loops in the main hall" → hearing-loop). */
export function accessibilityIn(text: string): string[] {
  const words = ` ${termKey(text)} `;
  const found = new Set<string>();
  for (const t of taxonomies.find((x) => x.slug === "accessibility")!.terms) {
    if (words.includes(` ${termKey(t.name)}`)) found.add(t.code);
  }
  for (const [key, matches] of MAPPED) {
    if (!words.includes(` ${key}`)) continue;
    for (const m of matches) if (m.taxonomy === "accessibility") found.add(m.code);
  }
  return [...found];
}
