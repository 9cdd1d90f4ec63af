import "server-only";
import { cache } from "react";
import { parseSearchParams } from "@/lib/validation/search";
import { searchServices } from "@/server/search/search-services";

/** One search per request, shared by the page and its <title> (keyed by the canonical query string). */
export const loadSearch = cache(async (canonicalQuery: string) => {
  const params = new URLSearchParams(canonicalQuery);
  const raw: Record<string, string[]> = {};
  for (const key of new Set(params.keys())) raw[key] = params.getAll(key);
  const { query } = parseSearchParams(raw);
  return { query, outcome: await searchServices({ query }) };
});
