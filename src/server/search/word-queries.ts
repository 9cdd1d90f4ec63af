import "server-only";
import type { Db } from "@/server/db/client";
import { expandSearchWord } from "@/lib/search/search-synonyms";

/** The full-text query (tsquery text) of each search word and of each synonym it expands to. */
export type WordQueries = Record<string, string>;

/**
 * Parses and stems every search word and synonym phrase once, in one round trip, so the search statement holds
 * them as constants (`'walk' & 'group'`::tsquery). `plainto_tsquery` in the statement itself is STABLE: Postgres
 * would parse and stem it again for every row it ranks (about 6 ms for the 26,000 rows "walking" finds at
 * 100,000 services), and a scalar subquery instead hides the words from the planner's estimates.
 */
export async function wordQueriesFor(words: readonly string[], db: Db): Promise<WordQueries> {
  if (words.length === 0) return {};
  const phrases = [...new Set(words.flatMap(expandSearchWord))];
  const rows = await db.$queryRaw<Array<{ phrase: string; query: string }>>`
    SELECT x AS phrase, plainto_tsquery('english', x)::text AS query FROM unnest(${phrases}::text[]) x`;
  return Object.fromEntries(rows.map((r) => [r.phrase, r.query]));
}
