import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import type { PostcodeLocation } from "@/server/geo/lookup-postcode";
import type { ScheduleRow } from "@/lib/schedule";
import { PAGE_SIZE, type SearchProblem, type SearchQuery } from "@/lib/validation/search";
import type { Correction } from "./correct-search-words";
import { prepareSearch } from "./prepare-search";
import { buildRadiusCountsSql, buildSearchSql } from "./search-sql";
import type { ResolvedSearch } from "./search-filters-sql";

export type SearchResult = {
  id: string;
  position: number;
  name: string;
  description: string;
  /** Metres from the searched postcode, from the public point (rounded for hidden addresses). */
  distanceM: number | null;
  lat: number | null;
  lng: number | null;
  verifiedAt: Date | null;
  staleSince: Date | null;
  status: string;
  isFree: boolean | null;
  fees: string | null;
  attendingTypes: string[];
  accessTypes: string[];
  minimumAge: number | null;
  maximumAge: number | null;
  wardName: string | null;
  placeName: string | null;
  venueCount: number;
  categories: string[];
  sessions: ScheduleRow[];
};

/** A map marker: [id, lat, lng, name, metres or null]. Arrays keep the payload small for 500 points. */
export type MapPoint = [id: string, lat: number, lng: number, name: string, distanceM: number | null];

export type SearchOutcome = {
  /** False when there was nothing to search for, or the postcode could not be used. */
  searched: boolean;
  /** Problems found while searching (unknown postcode or ward), in addition to the URL's own. */
  problems: SearchProblem[];
  origin: PostcodeLocation | null;
  /** Where the search was, for unmet-demand counts: the postcode's or the chosen place and ward. */
  area: { placeCode: string | null; wardCode: string | null };
  corrections: Correction[];
  /** True when no listing had all the words and we show those with any of them. */
  matchedAnyWord: boolean;
  /** With `matchedAnyWord`: how many listings have some of the words (we show the best `PARTIAL_MATCH_LIMIT`). */
  partialTotal: number;
  total: number;
  page: number;
  pageCount: number;
  results: SearchResult[];
  points: MapPoint[];
  /** With no results near a postcode: how many there are further out. */
  wider: Array<{ radiusKm: number; count: number }>;
};

/** At most this many markers go to the map; the list pages through everything. */
export const MAP_POINTS_LIMIT = 500;
const WIDER_RADII_KM = [1, 2, 5, 10, 20, 50];
/** "Some of the words" matches shown: one page, those with the most (and rarest) of the words. */
export const PARTIAL_MATCH_LIMIT = PAGE_SIZE;

type Row = {
  total: number;
  points: MapPoint[];
  rows: Array<Omit<SearchResult, "verifiedAt" | "staleSince"> & { verifiedAt: string | null; staleSince: string | null }>;
};

/**
 * Searches published listings (see docs/decisions/0010-search.md): geocodes the postcode, corrects misspelt
 * words, then runs one SQL statement for the page, the total and the map. Public: no acting user, and it only
 * ever reads `published` services. Expected problems come back as values, never as exceptions.
 */
export async function searchServices(options: { query: SearchQuery }, db: Db = prisma): Promise<SearchOutcome> {
  const { query } = options;
  const prepared = await prepareSearch(query, db);
  const outcome: SearchOutcome = {
    searched: false,
    problems: prepared.problems,
    origin: prepared.origin,
    area: prepared.area,
    corrections: prepared.corrections,
    matchedAnyWord: false,
    partialTotal: 0,
    total: 0,
    page: query.page,
    pageCount: 0,
    results: [],
    points: [],
    wider: [],
  };
  let resolved = prepared.resolved;
  if (!resolved) return outcome;

  let found = await runSearch(resolved, query.page, db);
  if (found.total === 0 && resolved.words.length > 1) {
    // Capped: a long tail of listings with one common word ("group") helps nobody.
    resolved = { ...resolved, matchAll: false };
    found = await runSearch(resolved, 1, db);
    outcome.matchedAnyWord = found.total > 0;
    outcome.partialTotal = found.total;
  }
  if (!resolved.matchAll) found = { ...found, total: Math.min(found.total, PARTIAL_MATCH_LIMIT) };
  const pageCount = Math.ceil(found.total / PAGE_SIZE);
  if (found.total > 0 && query.page > pageCount && resolved.matchAll) found = await runSearch(resolved, pageCount, db);

  outcome.searched = true;
  outcome.total = found.total;
  outcome.page = Math.min(query.page, Math.max(1, pageCount));
  outcome.pageCount = pageCount;
  outcome.points = found.points;
  outcome.results = found.rows.map((r) => ({ ...r, verifiedAt: toDate(r.verifiedAt), staleSince: toDate(r.staleSince) }));
  if (found.total === 0 && resolved.origin && resolved.radiusM !== null && !resolved.bbox) {
    outcome.wider = await countWider(resolved, db);
  }
  return outcome;
}

/** The main statement for page `page` (exported for the benchmark, which runs the same SQL directly). */
export function searchSql(resolved: ResolvedSearch, page: number) {
  if (!resolved.matchAll) return buildSearchSql(resolved, { offset: 0, limit: PARTIAL_MATCH_LIMIT, points: PARTIAL_MATCH_LIMIT });
  return buildSearchSql(resolved, { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE, points: MAP_POINTS_LIMIT });
}

async function runSearch(resolved: ResolvedSearch, page: number, db: Db): Promise<Row> {
  const [row] = await db.$queryRaw<Row[]>(searchSql(resolved, page));
  return row ?? { total: 0, points: [], rows: [] };
}

async function countWider(resolved: ResolvedSearch, db: Db): Promise<Array<{ radiusKm: number; count: number }>> {
  const radiiKm = WIDER_RADII_KM.filter((km) => km * 1000 > (resolved.radiusM ?? 0)).slice(0, 3);
  if (radiiKm.length === 0) return [];
  const [row] = await db.$queryRaw<Array<{ counts: number[] }>>(
    buildRadiusCountsSql(
      resolved,
      radiiKm.map((km) => km * 1000),
    ),
  );
  return radiiKm.map((radiusKm, i) => ({ radiusKm, count: row?.counts[i] ?? 0 }));
}

function toDate(value: string | null): Date | null {
  return value ? new Date(value) : null;
}
