import type { SearchQuery } from "@/lib/validation/search";

// Builds /search URLs from a parsed search, in the URL contract's names and a stable order, leaving out
// defaults: pagination, "search 5 km instead", "remove this filter" and the map's "Search this area" all
// go through here so links never drift from what the schema reads.

export function searchParamsOf(query: SearchQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (query.q) p.set("q", query.q);
  if (query.postcode) {
    p.set("postcode", query.postcode);
    if (query.radius !== undefined) p.set("radius", String(query.radius));
  }
  if (query.place) p.set("place", query.place);
  if (query.ward) p.set("ward", query.ward);
  for (const c of query.category) p.append("category", c);
  if (query.day) p.set("day", query.day);
  if (query.time) p.set("time", query.time);
  if (query.free) p.set("free", "1");
  if (query.age !== undefined) p.set("age", String(query.age));
  for (const a of query.audience) p.append("audience", a);
  for (const n of query.need) p.append("need", n);
  for (const a of query.accessibility) p.append("accessibility", a);
  for (const a of query.attendance) p.append("attendance", a);
  for (const a of query.access) p.append("access", a);
  if (!query.unverified) p.set("unverified", "0");
  if (query.bbox) p.set("bbox", [query.bbox.west, query.bbox.south, query.bbox.east, query.bbox.north].join(","));
  if (query.page > 1) p.set("page", String(query.page));
  return p;
}

/** The URL of a search, optionally changed (a new search starts on page 1 unless `page` is given). */
export function searchHref(query: SearchQuery, changes: Partial<SearchQuery> = {}): string {
  const next = { ...query, page: 1, ...changes };
  const qs = searchParamsOf(next).toString();
  return qs ? `/search?${qs}` : "/search";
}
