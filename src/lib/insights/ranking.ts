// When ward rankings mean something. A ward has about 19,000 residents, so one listing is about 0.5 per
// 10,000: with fewer listings than wards, the average ward has less than one, most wards have none, and one
// listing opening or closing moves a ward from the bottom of a ranking to the middle. Below that line the
// page still shows every figure, but says the ward rankings (gap list, provision fifths) are not evidence.
// See docs/decisions/0040-insights-coverage-measures.md.

export type RankingReliability = {
  /** Distinct listings in the area chosen (West Yorkshire or one place). */
  listings: number;
  /** Wards shown, the wards those listings are spread over. */
  wards: number;
  tooFew: boolean;
};

/** Too few to rank wards when there are fewer listings than wards shown (under one listing per ward). */
export function rankingReliability(listings: number, wards: number): RankingReliability {
  return { listings, wards, tooFew: wards > 0 && listings < wards };
}
