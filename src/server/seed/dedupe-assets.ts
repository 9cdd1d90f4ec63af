// One venue, one listing: merges records that name the same place in two sources (or twice in OSM).
import type { AssetCandidate } from "./asset-candidate";
import { distanceMetres } from "./geo";
import { namesMatch } from "./normalise";
import { LIBRARIES_SOURCE } from "./read-libraries";
import { MUSEUMS_SOURCE } from "./read-museums";
import { OSM_SOURCE } from "./read-osm-assets";

export const MATCH_DISTANCE_METRES = 300;

/**
 * Whose name a merged listing shows: the most current source's (higher wins; ADR 0003). The libraries file is
 * the councils' own 2023 list, so it names the library service ("Armley Library", not OSM's "Armley One Stop
 * Centre"); OpenStreetMap (July 2023) is newer than the Mapping Museums snapshot (September 2021), whose names
 * are partly historical ("Leeds City Art Gallery", today "Leeds Art Gallery"). Equal: the first record's.
 */
export const NAME_CURRENCY: Record<string, number> = { [LIBRARIES_SOURCE]: 2, [OSM_SOURCE]: 1, [MUSEUMS_SOURCE]: 0 };

const currency = (source: string) => NAME_CURRENCY[source] ?? -1;
const allNames = (a: AssetCandidate) => [a.name, ...a.alternateNames];

/**
 * Same kind of place (group), under 300 m apart, with matching names. Different kinds never merge: a museum
 * and the park around it, or a park and the orchard in it, are two listings.
 */
export function sameVenue(a: AssetCandidate, b: AssetCandidate): boolean {
  if (a.group !== b.group) return false;
  if (Math.abs(a.lat - b.lat) > 0.01) return false; // cheap pre-check, ~1.1 km
  return distanceMetres(a, b) <= MATCH_DISTANCE_METRES && namesMatch(a.name, b.name);
}

/** Adds a name the listing does not already have (ignoring case and spacing) to its alternative names. */
function addName(into: AssetCandidate, name: string) {
  const key = (n: string) => n.toLowerCase().replace(/\s+/g, " ").trim();
  if (allNames(into).some((n) => key(n) === key(name))) return;
  into.alternateNames.push(name);
}

/** `nameSource`: which source the kept name came from, so a later, more current record can still replace it. */
function absorb(into: AssetCandidate, from: AssetCandidate, nameSource: string): string {
  into.categories = [...new Set([...into.categories, ...from.categories])];
  into.mergedFrom.push(`${from.source}:${from.sourceId}`, ...from.mergedFrom);
  let kept = nameSource;
  if (currency(from.source) > currency(nameSource)) {
    const old = into.name;
    into.name = from.name;
    into.alternateNames = into.alternateNames.filter((n) => n !== from.name);
    addName(into, old);
    kept = from.source;
  } else addName(into, from.name);
  for (const n of from.alternateNames) addName(into, n);
  return kept;
}

const copy = (a: AssetCandidate): AssetCandidate => ({
  ...a,
  categories: [...a.categories],
  mergedFrom: [...a.mergedFrom],
  alternateNames: [...a.alternateNames],
});

/**
 * `preferred` records (libraries file, museums) are kept as distinct records of their own source (their
 * source id, description, address and venue); an OSM record (`others`) matching one is dropped and its
 * categories added to it; an OSM record matching an earlier OSM record is merged into that one. The name is the
 * most current source's (NAME_CURRENCY) and the names that lost become alternative names. Returns the listings
 * to write, merge counts and how many cross-source merges took the other source's name.
 */
export function dedupeAssets(preferred: AssetCandidate[], others: AssetCandidate[]) {
  const kept: AssetCandidate[] = preferred.map(copy);
  const nameSources = kept.map((k) => k.source);
  // A record keeps matching by the name it came with, as well as by the name it took from a more current source.
  const ownNames = kept.map((k) => k.name);
  const twinOf = (k: AssetCandidate, i: number, c: AssetCandidate) =>
    sameVenue(k, c) || (ownNames[i] !== k.name && sameVenue({ ...k, name: ownNames[i]! }, c));
  const preferredCount = kept.length;
  let mergedAcrossSources = 0;
  let mergedWithinOsm = 0;
  for (const candidate of others) {
    const twinIndex = kept.findIndex((k, i) => twinOf(k, i, candidate));
    if (twinIndex === -1) {
      kept.push(copy(candidate));
      nameSources.push(candidate.source);
      ownNames.push(candidate.name);
      continue;
    }
    nameSources[twinIndex] = absorb(kept[twinIndex]!, candidate, nameSources[twinIndex]!);
    if (twinIndex < preferredCount) mergedAcrossSources++;
    else mergedWithinOsm++;
  }
  const renamed = kept.filter((k, i) => nameSources[i] !== k.source).length;
  return { assets: kept, mergedAcrossSources, mergedWithinOsm, renamed };
}
