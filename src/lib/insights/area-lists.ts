import type { AreaCoverage } from "./types";

// The ward lists the page shows beside the full ward table. The ranking itself (gapRank) is computed in SQL;
// these only pick and order rows, so the page and the CSV export always list the same wards.

/** Wards in West Yorkshire's most deprived fifth, least provision per head first. */
export function gapWards(wards: readonly AreaCoverage[]): AreaCoverage[] {
  return wards.filter((w) => w.gapRank !== null).sort((a, b) => a.gapRank! - b.gapRank!);
}

/**
 * Wards both in the most deprived fifth and in the lowest fifth by provision per head, in gap-list order:
 * the gap list narrowed to the wards that are also among West Yorkshire's least provided.
 */
export function deprivedAndUnderServed(wards: readonly AreaCoverage[]): AreaCoverage[] {
  return gapWards(wards).filter((w) => w.lowestProvisionFifth === true);
}

/** Wards with no listing within their boundary, most deprived first. */
export function wardsWithoutListing(wards: readonly AreaCoverage[]): AreaCoverage[] {
  return wards
    .filter((w) => w.listings === 0)
    .sort((a, b) => (a.wyImdRank ?? Number.MAX_SAFE_INTEGER) - (b.wyImdRank ?? Number.MAX_SAFE_INTEGER) || a.name.localeCompare(b.name));
}
