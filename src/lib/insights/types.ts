// Shapes of the coverage statistics, shared by the use cases that compute them (src/server/insights), the
// /insights page and the CSV export.

export type AreaLevel = "west-yorkshire" | "place" | "ward";

export type AreaCoverage = {
  level: AreaLevel;
  code: string;
  name: string;
  /** The ward's place (a place is its own place; null for West Yorkshire). */
  placeCode: string | null;
  placeName: string | null;
  /** Census 2021 usual residents (a ward's is the best fit of its LSOAs). */
  population: number;
  /** Ward: population-weighted IMD 2025 score; place: IMD 2025 average score. Higher = more deprived. */
  imdScore: number | null;
  /** Ward only: rank in West Yorkshire, 1 = most deprived. */
  wyImdRank: number | null;
  /** Ward only: 1 = the most deprived fifth of West Yorkshire's wards … 5 = the least deprived. */
  deprivationFifth: number | null;
  /** Ward only: rank in West Yorkshire by listings per head, 1 = least provision; tied wards share a rank. */
  wyProvisionRank: number | null;
  /**
   * Ward only: in West Yorkshire's lowest fifth by provision per head (provision rank within the first 25 of
   * 124; every ward tied at the boundary is in).
   */
  lowestProvisionFifth: boolean | null;
  /** Distinct published listings with a venue in the area. */
  listings: number;
  /** Listings per 10,000 residents, 2 decimal places. */
  per10k: number | null;
  /** Rate against West Yorkshire's, in per cent (−25 = a quarter below); null when West Yorkshire has none. */
  comparedWithWestYorkshire: number | null;
  /** Share of residents (by LSOA centroid) more than 1 km / 2 km from the nearest listing, in per cent. */
  beyond1kmPct: number | null;
  beyond2kmPct: number | null;
  /** Ward in the most deprived fifth: 1 = least provision per head among them (the first gap to look at). */
  gapRank: number | null;
};

export type AreaCoverageResult = { westYorkshire: AreaCoverage; places: AreaCoverage[]; wards: AreaCoverage[] };

export type AreaCell = { listings: number; per10k: number | null };

export type CategoryCoverage = {
  /** null for the "every listing" row (listings with or without a category). */
  categoryCode: string | null;
  categoryName: string;
  /** By area code: West Yorkshire (E47000003) and each place. */
  areas: Record<string, AreaCell>;
};

export type WardCategoryCount = {
  wardCode: string;
  wardName: string;
  placeCode: string;
  placeName: string;
  population: number;
  categoryCode: string;
  categoryName: string;
  listings: number;
  per10k: number | null;
};

export type TrendMonth = {
  /** First day of the month (UK time), "2026-11-01". */
  month: string;
  /** Listings published today that were added this month from imported open data … */
  imported: number;
  /** … and by providers or moderators in the directory. */
  addedInDirectory: number;
  /** Listings published today whose latest verification was this month. */
  verified: number;
  /** Listings published today that had been added by the end of the month. */
  total: number;
};

/** Searches that found nothing ("none") or 1–2 results ("few"). */
export type DemandCounts = { none: number; few: number; total: number };
export type DemandByMonth = DemandCounts & { month: string };
export type DemandByCategory = DemandCounts & { categoryCode: string; categoryName: string | null };
export type DemandByPlace = DemandCounts & { placeCode: string; placeName: string | null };
export type DemandByWard = DemandByPlace & { wardCode: string; wardName: string | null };
/** One month × place × ward × category: the finest grain recorded. */
export type DemandDetail = DemandByWard & { month: string; categoryCode: string; categoryName: string | null };

export type UnmetDemand = {
  /** The first month counted ("2025-12-01"); the period runs to the current month. */
  since: string;
  byMonth: DemandByMonth[];
  byCategory: DemandByCategory[];
  byPlace: DemandByPlace[];
  byWard: DemandByWard[];
  detail: DemandDetail[];
};
