// One venue, one listing: merges records that name the same place in two sources (or twice in OSM).
import type { AssetCandidate } from "./asset-candidate";
import { distanceMetres } from "./geo";
import { nameTokens, namesMatch } from "./normalise";

/** Library postcodes are geocoded to the postcode centroid, so allow a little more than a building's width. */
export const MATCH_DISTANCE_METRES = 300;

export function sameVenue(a: AssetCandidate, b: AssetCandidate): boolean {
  if (distanceMetres(a, b) > MATCH_DISTANCE_METRES) return false;
  // A name with no distinguishing words ("Library") only matches a record of the same kind.
  const vague = nameTokens(a.name).length === 0 || nameTokens(b.name).length === 0;
  if ((vague || a.kind === "library" || b.kind === "library") && a.kind !== b.kind) return false;
  return namesMatch(a.name, b.name);
}

function absorb(into: AssetCandidate, from: AssetCandidate) {
  into.categories = [...new Set([...into.categories, ...from.categories])];
  into.mergedFrom.push(`${from.source}:${from.sourceId}`, ...from.mergedFrom);
}

/**
 * `preferred` records (libraries file, museums) win over `others` (OSM): an OSM record matching one is
 * dropped and its categories added to the preferred one. OSM records matching an earlier OSM record are
 * merged the same way. Returns the listings to write and how many records were merged away.
 */
export function dedupeAssets(preferred: AssetCandidate[], others: AssetCandidate[]) {
  const kept: AssetCandidate[] = [];
  for (const candidate of preferred) {
    const twin = kept.find((k) => sameVenue(k, candidate));
    if (twin) absorb(twin, candidate);
    else kept.push(candidate);
  }
  const mergedIntoPreferred = preferred.length - kept.length;
  let mergedAcrossSources = mergedIntoPreferred;
  let mergedWithinOsm = 0;
  const keptPreferredCount = kept.length;
  for (const candidate of others) {
    const twinIndex = kept.findIndex((k) => sameVenue(k, candidate));
    if (twinIndex === -1) {
      kept.push(candidate);
      continue;
    }
    absorb(kept[twinIndex]!, candidate);
    if (twinIndex < keptPreferredCount) mergedAcrossSources++;
    else mergedWithinOsm++;
  }
  return { assets: kept, mergedAcrossSources, mergedWithinOsm };
}
