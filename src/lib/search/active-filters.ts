import { placeName } from "@/lib/places";
import { ACCESS_TYPES, ATTENDING_TYPES, WEEKDAYS, termName } from "@/lib/vocabulary";
import { TIMES_OF_DAY, type SearchQuery } from "@/lib/validation/search";
import { searchHref } from "./search-url";

export type ActiveFilter = { label: string; removeHref: string };

/**
 * The filters in force, each with a link to the same search without it: shown above the results, and as the
 * way out of an empty result ("Remove: Monday").
 */
export function activeFilters(query: SearchQuery, wardNames: ReadonlyMap<string, string> = new Map()): ActiveFilter[] {
  const out: ActiveFilter[] = [];
  const without = (label: string, change: Partial<SearchQuery>) => out.push({ label, removeHref: searchHref(query, change) });
  const each = <K extends "category" | "audience" | "need" | "accessibility" | "attendance" | "access">(
    key: K,
    name: (code: string) => string | undefined,
  ) => {
    for (const code of query[key])
      without(name(code) ?? code, { [key]: query[key].filter((c: string) => c !== code) } as Partial<SearchQuery>);
  };
  each("category", (c) => termName("category", c));
  if (query.day) without(WEEKDAYS.find((d) => d.slug === query.day)!.name, { day: undefined });
  if (query.time) without(TIMES_OF_DAY.find((t) => t.code === query.time)!.name, { time: undefined });
  if (query.free) without("Free only", { free: false });
  if (query.age !== undefined) without(`Age ${query.age}`, { age: undefined });
  each("audience", (c) => termName("audience", c));
  each("need", (c) => `Helps with: ${termName("need", c) ?? c}`);
  each("accessibility", (c) => termName("accessibility", c));
  each("attendance", (c) => ATTENDING_TYPES.find((a) => a.code === c)?.name);
  each("access", (c) => ACCESS_TYPES.find((a) => a.code === c)?.name);
  if (query.place) without(`Place: ${placeName(query.place)}`, { place: undefined });
  if (query.ward) without(`Ward: ${wardNames.get(query.ward) ?? query.ward}`, { ward: undefined });
  if (query.bbox) without("The map area you chose", { bbox: undefined });
  if (!query.unverified) without("Verified listings only", { unverified: true });
  return out;
}
