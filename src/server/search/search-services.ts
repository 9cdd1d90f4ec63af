import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { lookupPostcode, type PostcodeLocation } from "@/server/geo/lookup-postcode";
import type { SessionRow } from "@/lib/sessions";
import { searchWords } from "@/lib/search/search-words";
import { PAGE_SIZE, hasCriteria, type SearchProblem, type SearchQuery } from "@/lib/validation/search";
import { correctSearchWords, type Correction } from "./correct-search-words";
import { resolveSearch } from "./resolve-search";
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
  sessions: SessionRow[];
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

type Row = { total: number; points: MapPoint[]; rows: Array<Omit<SearchResult, "verifiedAt" | "staleSince"> & { verifiedAt: string | null; staleSince: string | null }> };

/**
 * Searches published listings (see docs/decisions/0010-search.md): geocodes the postcode, corrects misspelt
 * words, then runs one SQL statement for the page, the total and the map. Public: no acting user, and it only
 * ever reads `published` services. Expected problems come back as values, never as exceptions.
 */
export async function searchServices(options: { query: SearchQuery }, db: Db = prisma): Promise<SearchOutcome> {
  const { query } = options;
  const outcome: SearchOutcome = {
    searched: false, problems: [], origin: null, area: { placeCode: query.place ?? null, wardCode: query.ward ?? null },
    corrections: [], matchedAnyWord: false, total: 0, page: query.page, pageCount: 0, results: [], points: [], wider: [],
  };
  if (!hasCriteria(query)) return outcome;

  const [postcode, ward, corrected] = await Promise.all([
    query.postcode ? lookupPostcode(query.postcode, db) : null,
    query.ward ? db.ward.findUnique({ where: { code: query.ward }, select: { code: true, placeCode: true } }) : null,
    correctSearchWords(searchWords(query.q), db),
  ]);
  if (postcode && !postcode.ok) {
    outcome.problems.push({ field: "postcode", message: postcode.message });
    return outcome;
  }
  if (query.ward && !ward) outcome.problems.push({ field: "ward", message: "We do not know that ward, so we ignored it" });
  outcome.origin = postcode?.location ?? null;
  outcome.corrections = corrected.corrections;
  outcome.area = {
    placeCode: ward?.placeCode ?? query.place ?? outcome.origin?.placeCode ?? null,
    wardCode: ward?.code ?? outcome.origin?.wardCode ?? null,
  };
  if (query.q && corrected.words.length === 0 && !hasCriteria({ ...query, q: undefined })) return outcome;

  let resolved = resolveSearch(query, { origin: outcome.origin, wardCode: ward?.code ?? null, words: corrected.words });
  let found = await runSearch(resolved, query.page, db);
  if (found.total === 0 && resolved.words.length > 1) {
    resolved = { ...resolved, matchAll: false };
    found = await runSearch(resolved, query.page, db);
    outcome.matchedAnyWord = found.total > 0;
  }
  const pageCount = Math.ceil(found.total / PAGE_SIZE);
  if (found.total > 0 && query.page > pageCount) found = await runSearch(resolved, pageCount, db);

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

async function runSearch(resolved: ResolvedSearch, page: number, db: Db): Promise<Row> {
  const sql = buildSearchSql(resolved, { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE, points: MAP_POINTS_LIMIT });
  const [row] = await db.$queryRaw<Row[]>(sql);
  return row ?? { total: 0, points: [], rows: [] };
}

async function countWider(resolved: ResolvedSearch, db: Db): Promise<Array<{ radiusKm: number; count: number }>> {
  const radiiKm = WIDER_RADII_KM.filter((km) => km * 1000 > (resolved.radiusM ?? 0)).slice(0, 3);
  if (radiiKm.length === 0) return [];
  const [row] = await db.$queryRaw<Array<{ counts: number[] }>>(buildRadiusCountsSql(resolved, radiiKm.map((km) => km * 1000)));
  return radiiKm.map((radiusKm, i) => ({ radiusKm, count: row?.counts[i] ?? 0 }));
}

function toDate(value: string | null): Date | null {
  return value ? new Date(value) : null;
}
