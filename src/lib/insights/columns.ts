import { PLACES, WEST_YORKSHIRE } from "@/lib/places";
import type { ColumnKind } from "./format";
import type {
  AreaCoverage,
  CategoryCoverage,
  DemandByCategory,
  DemandByMonth,
  DemandByPlace,
  DemandByWard,
  DemandDetail,
  TrendMonth,
  WardCategoryCount,
} from "./types";

// Every table on /insights is defined once here: the page renders these columns and the CSV export writes
// the same columns (with codes the page leaves out), so a download always matches what was on screen.

export type Column<R> = {
  header: string;
  /** Header in the CSV when it needs more than the page (units, the area's code). */
  csvHeader?: string;
  /** Shown above `header` on the page, spanning the columns that share it. */
  group?: string;
  kind: ColumnKind;
  value: (row: R) => string | number | null;
  /** The cell that names the row (a <th scope="row">). */
  rowHeader?: boolean;
  /** Codes: in the CSV only. */
  csvOnly?: boolean;
  /** A second, smaller line under the value on the page (e.g. the count behind a rate). */
  detail?: (row: R) => string;
};

const residents: Column<{ population: number }> = { header: "Residents (Census 2021)", kind: "count", value: (r) => r.population };
const listings: Column<{ listings: number }> = { header: "Listings", kind: "count", value: (r) => r.listings };
const per10k: Column<{ per10k: number | null }> = {
  header: "Listings per 10,000 residents",
  kind: "rate",
  value: (r) => r.per10k,
};
const compared: Column<AreaCoverage> = {
  header: "Compared with West Yorkshire",
  csvHeader: "Per 10,000 compared with West Yorkshire (%)",
  kind: "change",
  value: (r) => r.comparedWithWestYorkshire,
};
const beyond = (km: 1 | 2): Column<AreaCoverage> => ({
  header: `Residents more than ${km} km from a listing`,
  csvHeader: `Residents more than ${km} km from a listing (%)`,
  kind: "percent",
  value: (r) => (km === 1 ? r.beyond1kmPct : r.beyond2kmPct),
});
const wardCode: Column<{ code: string }> = { header: "Ward code", kind: "text", value: (r) => r.code, csvOnly: true };
const wardName: Column<{ name: string }> = { header: "Ward", kind: "text", value: (r) => r.name, rowHeader: true };
const placeCode: Column<{ placeCode: string | null }> = { header: "Place code", kind: "text", value: (r) => r.placeCode, csvOnly: true };
const placeName: Column<{ placeName: string | null }> = { header: "Place", kind: "text", value: (r) => r.placeName };
const deprivationRank: Column<AreaCoverage> = {
  header: "Deprivation rank (1 = most deprived of 124)",
  kind: "rank",
  value: (r) => r.wyImdRank,
};
const imdScore: Column<AreaCoverage> = { header: "IMD 2025 score", kind: "score", value: (r) => r.imdScore };

const provisionRank: Column<AreaCoverage> = {
  header: "Provision rank (1 = least per head of 124)",
  kind: "rank",
  value: (r) => r.wyProvisionRank,
};

export const placeColumns: Column<AreaCoverage>[] = [
  { header: "Area code", kind: "text", value: (r) => r.code, csvOnly: true },
  { header: "Area", kind: "text", value: (r) => r.name, rowHeader: true },
  residents,
  listings,
  per10k,
  compared,
  beyond(1),
  beyond(2),
  { header: "IMD 2025 average score", kind: "score", value: (r) => r.imdScore },
];

export const wardColumns: Column<AreaCoverage>[] = [
  wardCode,
  wardName,
  placeCode,
  placeName,
  residents,
  imdScore,
  deprivationRank,
  { header: "Deprivation fifth (1 = most deprived)", kind: "rank", value: (r) => r.deprivationFifth, csvOnly: true },
  listings,
  per10k,
  provisionRank,
  compared,
  beyond(1),
  beyond(2),
];

export const gapColumns: Column<AreaCoverage>[] = [
  { header: "Gap rank", kind: "rank", value: (r) => r.gapRank },
  wardCode,
  wardName,
  placeCode,
  placeName,
  residents,
  deprivationRank,
  listings,
  per10k,
  beyond(1),
  beyond(2),
];

export const underServedColumns: Column<AreaCoverage>[] = [
  { header: "Gap rank", kind: "rank", value: (r) => r.gapRank },
  wardCode,
  wardName,
  placeCode,
  placeName,
  residents,
  deprivationRank,
  provisionRank,
  listings,
  per10k,
  beyond(1),
  beyond(2),
];

export const noListingColumns: Column<AreaCoverage>[] = [
  wardCode,
  wardName,
  placeCode,
  placeName,
  residents,
  deprivationRank,
  beyond(1),
  beyond(2),
];

/** Category rows × West Yorkshire and each place, two columns per area. */
export const categoryColumns: Column<CategoryCoverage>[] = [
  { header: "Category code", kind: "text", value: (r) => r.categoryCode ?? "", csvOnly: true },
  { header: "Category", kind: "text", value: (r) => r.categoryName, rowHeader: true },
  ...[WEST_YORKSHIRE, ...PLACES].flatMap((area): Column<CategoryCoverage>[] => [
    {
      group: area.name,
      header: "Listings",
      csvHeader: `${area.name} (${area.code}) listings`,
      kind: "count",
      value: (r) => r.areas[area.code]?.listings ?? 0,
    },
    {
      group: area.name,
      header: "Per 10,000",
      csvHeader: `${area.name} (${area.code}) listings per 10,000 residents`,
      kind: "rate",
      value: (r) => r.areas[area.code]?.per10k ?? null,
    },
  ]),
];

/**
 * The same table as it fits on a screen: one column per area with the rate, and the count under it. The CSV
 * keeps the two in separate columns (categoryColumns).
 */
export const categoryScreenColumns: Column<CategoryCoverage>[] = [
  { header: "Category", kind: "text", value: (r) => r.categoryName, rowHeader: true },
  ...[WEST_YORKSHIRE, ...PLACES].map((area): Column<CategoryCoverage> => ({
    header: area.name,
    kind: "rate",
    value: (r) => r.areas[area.code]?.per10k ?? null,
    detail: (r) => {
      const n = r.areas[area.code]?.listings ?? 0;
      return `${n.toLocaleString("en-GB")} ${n === 1 ? "listing" : "listings"}`;
    },
  })),
];

export const trendColumns: Column<TrendMonth>[] = [
  { header: "Month", kind: "month", value: (r) => r.month, rowHeader: true },
  { header: "Added from open data", kind: "count", value: (r) => r.imported },
  { header: "Added in the directory", kind: "count", value: (r) => r.addedInDirectory },
  { header: "Verified", csvHeader: "Latest verification this month", kind: "count", value: (r) => r.verified },
  { header: "Published listings by the end of the month", kind: "count", value: (r) => r.total },
];

const none: Column<{ none: number }> = { header: "Found nothing", kind: "count", value: (r) => r.none };
const few: Column<{ few: number }> = { header: "Found 1 or 2", kind: "count", value: (r) => r.few };
const total: Column<{ total: number }> = { header: "Total", kind: "count", value: (r) => r.total };

export const demandMonthColumns: Column<DemandByMonth>[] = [
  { header: "Month", kind: "month", value: (r) => r.month, rowHeader: true },
  none,
  few,
  total,
];

export const demandCategoryColumns: Column<DemandByCategory>[] = [
  { header: "Category code", kind: "text", value: (r) => r.categoryCode, csvOnly: true },
  {
    header: "Category searched for",
    kind: "text",
    value: (r) => (r.categoryCode ? (r.categoryName ?? r.categoryCode) : "No category chosen"),
    rowHeader: true,
  },
  none,
  few,
  total,
];

export const demandPlaceColumns: Column<DemandByPlace>[] = [
  { header: "Place code", kind: "text", value: (r) => r.placeCode, csvOnly: true },
  {
    header: "Place searched",
    kind: "text",
    value: (r) => (r.placeCode ? (r.placeName ?? r.placeCode) : "No place or postcode given"),
    rowHeader: true,
  },
  none,
  few,
  total,
];

export const demandWardColumns: Column<DemandByWard>[] = [
  { header: "Ward code", kind: "text", value: (r) => r.wardCode, csvOnly: true },
  {
    header: "Ward searched",
    kind: "text",
    value: (r) => (r.wardCode ? (r.wardName ?? r.wardCode) : "No postcode given"),
    rowHeader: true,
  },
  { header: "Place code", kind: "text", value: (r) => r.placeCode, csvOnly: true },
  { header: "Place", kind: "text", value: (r) => (r.placeCode ? (r.placeName ?? r.placeCode) : "") },
  none,
  few,
  total,
];

export const demandDetailColumns: Column<DemandDetail>[] = [
  { header: "Month", kind: "month", value: (r) => r.month, rowHeader: true },
  { header: "Place code", kind: "text", value: (r) => r.placeCode },
  { header: "Place", kind: "text", value: (r) => r.placeName },
  { header: "Ward code", kind: "text", value: (r) => r.wardCode },
  { header: "Ward", kind: "text", value: (r) => r.wardName },
  { header: "Category code", kind: "text", value: (r) => r.categoryCode },
  { header: "Category", kind: "text", value: (r) => r.categoryName },
  none,
  few,
  total,
];

export const wardCategoryColumns: Column<WardCategoryCount>[] = [
  { header: "Ward code", kind: "text", value: (r) => r.wardCode },
  { header: "Ward", kind: "text", value: (r) => r.wardName, rowHeader: true },
  { header: "Place code", kind: "text", value: (r) => r.placeCode },
  { header: "Place", kind: "text", value: (r) => r.placeName },
  residents,
  { header: "Category code", kind: "text", value: (r) => r.categoryCode },
  { header: "Category", kind: "text", value: (r) => r.categoryName },
  listings,
  per10k,
];

/** The CSV header and rows for a table: every column, raw values. */
export function csvTable<R>(columns: readonly Column<R>[], rows: readonly R[]): { header: string[]; rows: (string | number | null)[][] } {
  return {
    header: columns.map((c) => c.csvHeader ?? c.header),
    rows: rows.map((row) => columns.map((c) => c.value(row))),
  };
}
