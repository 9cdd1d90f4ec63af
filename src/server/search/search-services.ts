import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import type { PostcodeLocation } from "@/server/geo/lookup-postcode";
import type { FactProvenance, FactState } from "@/lib/fact-provenance";
import type { ScheduleRow } from "@/lib/schedule";
import { factFiltersOf, type FactFilter, type FactTiers } from "@/lib/search/fact-filters";
import { PAGE_SIZE, type SearchProblem, type SearchQuery } from "@/lib/validation/search";
import type { Correction } from "./correct-search-words";
import { prepareSearch } from "./prepare-search";
import { buildSearchSql } from "./search-sql";
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
  /** Accessibility feature codes of the service and its nearest venue. */
  accessibility: string[];
  sessions: ScheduleRow[];
  /** The search's fact filters this listing does not state (it is listed after the stated matches). */
  unstated: FactFilter[];
  /** Where each stated fact the search filters on comes from. */
  statedFacts: FactProvenance[];
  /** A way to get in touch, for a link worker on the phone: the first phone number, an email, the website. */
  contact: { phone: string | null; email: string | null; website: string | null; provenance: FactProvenance | null };
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
  /** With fact filters (free, day/time, accessibility, how to join): how many match as stated, and how many do not say. */
  factTiers: FactTiers | null;
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

type PageRow = Omit<SearchResult, "verifiedAt" | "staleSince" | "unstated" | "statedFacts" | "contact"> & {
  phone: string | null;
  email: string | null;
  website: string | null;
  verifiedAt: string | null;
  staleSince: string | null;
  /** Per fact filter: the state of a stated match, or null (not stated, or not filtered on). */
  factStates: Record<FactFilter, FactState | null>;
  factRows: Array<Omit<FactProvenance, "confirmedAt"> & { confirmedAt: string | null }>;
};
type Row = { total: number; stated: number; confirmed: number; wider: number[] | null; points: MapPoint[]; rows: PageRow[] };

/**
 * Searches published listings (see docs/decisions/0010-search.md): geocodes the postcode, corrects misspelt
 * words, then runs one SQL statement on the search index for the page, the total, the map and the wider
 * counts. Public: no acting user, and it only ever reads `published` services. Expected problems come back
 * as values, never as exceptions.
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
    factTiers: null,
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
  const filters = factFiltersOf(resolved);
  outcome.results = found.rows.map((row) => toResult(row, filters));
  if (filters.length) outcome.factTiers = resolved.matchAll ? tiersOf(found) : tiersOf(rowTiers(outcome.results));
  if (found.total === 0 && found.wider) {
    const radiiKm = widerRadiiKm(resolved);
    outcome.wider = radiiKm.map((radiusKm, i) => ({ radiusKm, count: found.wider?.[i] ?? 0 }));
  }
  return outcome;
}

/** The main statement for page `page` (exported for the benchmark, which runs the same SQL directly). */
export function searchSql(resolved: ResolvedSearch, page: number) {
  const widerM = widerRadiiKm(resolved).map((km) => km * 1000);
  if (!resolved.matchAll) return buildSearchSql(resolved, { offset: 0, limit: PARTIAL_MATCH_LIMIT, points: PARTIAL_MATCH_LIMIT, widerM });
  return buildSearchSql(resolved, { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE, points: MAP_POINTS_LIMIT, widerM });
}

/** Near a postcode with a radius: the next radii out, counted in the same statement when nothing is found. */
function widerRadiiKm(resolved: ResolvedSearch): number[] {
  if (!resolved.origin || resolved.radiusM === null || resolved.bbox) return [];
  return WIDER_RADII_KM.filter((km) => km * 1000 > (resolved.radiusM ?? 0)).slice(0, 3);
}

async function runSearch(resolved: ResolvedSearch, page: number, db: Db): Promise<Row> {
  const [row] = await db.$queryRaw<Row[]>(searchSql(resolved, page));
  return row ?? { total: 0, stated: 0, confirmed: 0, wider: null, points: [], rows: [] };
}

function toResult({ factStates, factRows, phone, email, website, ...row }: PageRow, filters: FactFilter[]): SearchResult {
  const unstated = filters.filter((f) => !factStates[f]);
  const contactRow = factRows.find((p) => p.fact === "contact");
  return {
    ...row,
    contact: { phone, email, website, provenance: contactRow ? { ...contactRow, confirmedAt: toDate(contactRow.confirmedAt) } : null },
    verifiedAt: toDate(row.verifiedAt),
    staleSince: toDate(row.staleSince),
    unstated,
    statedFacts: factRows
      .filter((p) => filters.includes(p.fact as FactFilter) && !unstated.includes(p.fact as FactFilter))
      .map((p) => ({ ...p, confirmedAt: toDate(p.confirmedAt) })),
  };
}

function tiersOf(c: { total: number; stated: number; confirmed: number }): FactTiers {
  return { confirmed: c.confirmed, openData: c.stated - c.confirmed, unstated: c.total - c.stated };
}

/** With any of the words the list is capped at one page: count the groups on it. */
function rowTiers(results: SearchResult[]) {
  const stated = results.filter((r) => r.unstated.length === 0);
  return {
    total: results.length,
    stated: stated.length,
    confirmed: stated.filter((r) => r.statedFacts.every((p) => p.state === "confirmed")).length,
  };
}

function toDate(value: string | null): Date | null {
  return value ? new Date(value) : null;
}
