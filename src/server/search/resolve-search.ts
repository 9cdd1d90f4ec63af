import "server-only";
import { TIMES_OF_DAY, type SearchQuery } from "@/lib/validation/search";
import { WEEKDAYS } from "@/lib/vocabulary";
import type { ResolvedSearch } from "./search-filters-sql";
import type { WordQueries } from "./word-queries";

/**
 * The SQL's view of a search: URL codes turned into what the tables hold (kilometres → metres, "tue" →
 * "TU"/ISO day 2, "evening" → minutes), with the looked-up postcode point, the checked ward and the corrected
 * words. A map area replaces the radius (the postcode still gives distances).
 */
export function resolveSearch(
  query: SearchQuery,
  lookups: { origin: { lat: number; lng: number } | null; wardCode: string | null; words: string[]; wordQueries: WordQueries },
): ResolvedSearch {
  const dayIndex = WEEKDAYS.findIndex((d) => d.slug === query.day);
  const time = TIMES_OF_DAY.find((t) => t.code === query.time);
  return {
    origin: lookups.origin ? { lat: lookups.origin.lat, lng: lookups.origin.lng } : null,
    radiusM: lookups.origin && !query.bbox && query.radius !== undefined ? query.radius * 1000 : null,
    bbox: query.bbox ?? null,
    placeCode: query.place ?? null,
    wardCode: lookups.wardCode,
    words: lookups.words,
    wordQueries: lookups.wordQueries,
    matchAll: true,
    categories: query.category,
    audiences: query.audience,
    needs: query.need,
    accessibility: query.accessibility,
    attendance: query.attendance,
    access: query.access,
    day: dayIndex >= 0 ? { code: WEEKDAYS[dayIndex]!.code, isoDow: dayIndex + 1 } : null,
    time: time ? { from: time.from, to: time.to } : null,
    free: query.free,
    age: query.age ?? null,
    verifiedOnly: !query.unverified,
  };
}
