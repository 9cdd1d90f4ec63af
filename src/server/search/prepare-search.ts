import "server-only";
import type { Db } from "@/server/db/client";
import { lookupPostcode, type PostcodeLocation } from "@/server/geo/lookup-postcode";
import { searchWords } from "@/lib/search/search-words";
import { hasCriteria, type SearchProblem, type SearchQuery } from "@/lib/validation/search";
import { correctSearchWords, type Correction } from "./correct-search-words";
import { resolveSearch } from "./resolve-search";
import { wordQueriesFor } from "./word-queries";
import type { ResolvedSearch } from "./search-filters-sql";

export type PreparedSearch = {
  /** Null when there is nothing to search for or the postcode cannot be used. */
  resolved: ResolvedSearch | null;
  problems: SearchProblem[];
  origin: PostcodeLocation | null;
  area: { placeCode: string | null; wardCode: string | null };
  corrections: Correction[];
};

/**
 * The look-ups before the search SQL can run: in parallel the postcode's point, the ward and spelling correction
 * of the words, then the corrected words' full-text queries. Shared by the use case and the benchmark (which
 * times the SQL on its own).
 */
export async function prepareSearch(query: SearchQuery, db: Db): Promise<PreparedSearch> {
  const prepared: PreparedSearch = {
    resolved: null,
    problems: [],
    origin: null,
    area: { placeCode: query.place ?? null, wardCode: query.ward ?? null },
    corrections: [],
  };
  if (!hasCriteria(query)) return prepared;
  const [postcode, ward, corrected] = await Promise.all([
    query.postcode ? lookupPostcode(query.postcode, db) : null,
    query.ward ? db.ward.findUnique({ where: { code: query.ward }, select: { code: true, placeCode: true } }) : null,
    correctSearchWords(searchWords(query.q), db),
  ]);
  if (postcode && !postcode.ok) {
    prepared.problems.push({ field: "postcode", message: postcode.error.message });
    return prepared;
  }
  if (query.ward && !ward) prepared.problems.push({ field: "ward", message: "We do not know that ward, so we ignored it" });
  prepared.origin = postcode?.ok ? postcode.value : null;
  prepared.corrections = corrected.corrections;
  prepared.area = {
    placeCode: ward?.placeCode ?? query.place ?? prepared.origin?.placeCode ?? null,
    wardCode: ward?.code ?? prepared.origin?.wardCode ?? null,
  };
  // Only stop words ("the"), and nothing else to go on: there is nothing to search for.
  if (query.q && corrected.words.length === 0 && !hasCriteria({ ...query, q: undefined })) return prepared;
  const wordQueries = await wordQueriesFor(corrected.words, db);
  prepared.resolved = resolveSearch(query, { origin: prepared.origin, wardCode: ward?.code ?? null, words: corrected.words, wordQueries });
  return prepared;
}
