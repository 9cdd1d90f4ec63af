import { placeName } from "@/lib/places";
import type { WardOption } from "@/server/geo/list-wards";
import type { ListingCounts, WardGroups } from "./_components/search-form";

/** The wards (sorted by place, then name) as the form's groups: each place's name once, not on every ward. */
export function wardGroups(wards: readonly WardOption[]): WardGroups {
  const groups: Array<[string, Array<[string, string]>]> = [];
  for (const w of wards) {
    const place = placeName(w.placeCode) ?? w.placeCode;
    const last = groups.at(-1);
    if (last && last[0] === place) last[1].push([w.code, w.name]);
    else groups.push([place, [[w.code, w.name]]]);
  }
  return groups;
}

/** Plain objects cost the page less than Maps (which travel as tagged entry lists). */
export function listingCounts(counts: { category: ReadonlyMap<string, number>; need: ReadonlyMap<string, number> }): ListingCounts {
  return { category: Object.fromEntries(counts.category), need: Object.fromEntries(counts.need) };
}
