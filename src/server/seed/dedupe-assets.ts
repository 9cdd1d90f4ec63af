// One venue, one listing: merges records that name the same place in two sources (or twice in OSM).
import type { AssetCandidate } from "./asset-candidate";
import { distanceMetres } from "./geo";
import { namesMatch } from "./normalise";

export const MATCH_DISTANCE_METRES = 300;

/**
 * Same kind of place (group), under 300 m apart, with matching names. Different kinds never merge: a museum
 * and the park around it, or a park and the orchard in it, are two listings.
 */
export function sameVenue(a: AssetCandidate, b: AssetCandidate): boolean {
  if (a.group !== b.group) return false;
  if (Math.abs(a.lat - b.lat) > 0.01) return false; // cheap pre-check, ~1.1 km
  return distanceMetres(a, b) <= MATCH_DISTANCE_METRES && namesMatch(a.name, b.name);
}

function absorb(into: AssetCandidate, from: AssetCandidate) {
  into.categories = [...new Set([...into.categories, ...from.categories])];
  into.mergedFrom.push(`${from.source}:${from.sourceId}`, ...from.mergedFrom);
}

/**
 * `preferred` records (libraries file, museums) are kept as they are: each is a distinct record of its own
 * source. An OSM record (`others`) matching one is dropped and its categories added to it; an OSM record
 * matching an earlier OSM record is merged into that one. Returns the listings to write and merge counts.
 */
export function dedupeAssets(preferred: AssetCandidate[], others: AssetCandidate[]) {
  const kept: AssetCandidate[] = preferred.map((p) => ({ ...p, categories: [...p.categories], mergedFrom: [...p.mergedFrom] }));
  const preferredCount = kept.length;
  let mergedAcrossSources = 0;
  let mergedWithinOsm = 0;
  for (const candidate of others) {
    const twinIndex = kept.findIndex((k) => sameVenue(k, candidate));
    if (twinIndex === -1) {
      kept.push({ ...candidate, categories: [...candidate.categories], mergedFrom: [...candidate.mergedFrom] });
      continue;
    }
    absorb(kept[twinIndex]!, candidate);
    if (twinIndex < preferredCount) mergedAcrossSources++;
    else mergedWithinOsm++;
  }
  return { assets: kept, mergedAcrossSources, mergedWithinOsm };
}
