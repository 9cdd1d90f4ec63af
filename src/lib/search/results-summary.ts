import type { SearchQuery } from "@/lib/validation/search";

// The sentence that heads the results and is announced to screen readers when they change.

type Summary = { total: number; page: number; pageSize: number; originLabel: string | null; matchedAnyWord: boolean };

const activities = (n: number) => `${n.toLocaleString("en-GB")} ${n === 1 ? "activity" : "activities"}`;

function where(query: SearchQuery, originLabel: string | null): string {
  if (query.bbox) return " in the map area";
  if (originLabel && query.radius !== undefined) return ` within ${query.radius} km of ${originLabel}`;
  return "";
}

function words(query: SearchQuery, s: Summary): string {
  if (!query.q) return "";
  return s.matchedAnyWord ? ` matching some of “${query.q}”` : ` matching “${query.q}”`;
}

export function resultsHeadline(query: SearchQuery, s: Summary): string {
  if (s.total === 0) return `No activities found${where(query, s.originLabel)}${words(query, s)}`;
  return `${activities(s.total)} found${where(query, s.originLabel)}${words(query, s)}`;
}

export function resultsRange(query: SearchQuery, s: Summary): string {
  if (s.total === 0) return "";
  const first = (s.page - 1) * s.pageSize + 1;
  const last = Math.min(s.total, s.page * s.pageSize);
  const order = s.originLabel ? `nearest to ${s.originLabel} first` : query.q ? "best matches first" : "in name order";
  return s.total <= s.pageSize ? `Showing all, ${order}.` : `Showing ${first} to ${last}, ${order}.`;
}

/** Under the headline when no listing has every word: what the list holds, and how many more have some. */
export function partialMatchNote(shown: number, partialTotal: number): string {
  if (partialTotal <= shown) return "No listing has all of your words, so these have some of them.";
  return `No listing has all of your words. These ${shown.toLocaleString("en-GB")} have the most of them (rarer words count more), out of ${partialTotal.toLocaleString("en-GB")} with some of them: add or change a word to narrow the search.`;
}
