import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { SYNONYM_WORDS } from "@/lib/search/search-synonyms";
import { MIN_CORRECTABLE_LENGTH } from "@/lib/search/search-words";
import { chooseCorrection, type SpellingCandidate } from "@/lib/search/spelling";

export type Correction = { from: string; to: string };

/** Known words looked at per typed word (nearest by trigrams, from the index). */
const CANDIDATES = 30;

type Row = { word: string; stop: boolean; known: boolean; candidates: SpellingCandidate[] | null };

/**
 * Typo tolerance: each word that is not a known word is replaced by the nearest known one (`chooseCorrection`:
 * "musuem" → "museum", "allotmnet" → "allotment", "grop" → "group"). Known words are `search_word` (the words
 * of published listings, vocabulary terms, venue, ward and place names, kept by triggers) and the moderators'
 * synonyms. Stop words ("the", "for") are dropped: full-text search ignores them anyway. One round trip.
 */
export async function correctSearchWords(
  words: readonly string[],
  db: Db = prisma,
): Promise<{ words: string[]; corrections: Correction[] }> {
  if (words.length === 0) return { words: [], corrections: [] };
  const extra = [...SYNONYM_WORDS];
  const rows = await db.$queryRaw<Row[]>`
    SELECT w.word,
           numnode(plainto_tsquery('english', w.word)) = 0 AS stop,
           (EXISTS (SELECT 1 FROM search_word k WHERE k.word = w.word) OR w.word = ANY(${extra}::text[])) AS known,
           CASE WHEN length(w.word) >= ${MIN_CORRECTABLE_LENGTH}::int THEN (
             SELECT json_agg(json_build_object('word', c.word, 'similarity', similarity(c.word, w.word),
                      'sameStem', plainto_tsquery('english', c.word)::text = plainto_tsquery('english', w.word)::text))
               FROM ((SELECT k.word FROM search_word k ORDER BY k.word <-> w.word LIMIT ${CANDIDATES}::int)
                     UNION SELECT x FROM unnest(${extra}::text[]) x) c) END AS candidates
      FROM unnest(${[...words]}::text[]) WITH ORDINALITY AS w(word, ord)
     ORDER BY w.ord`;
  const out: string[] = [];
  const corrections: Correction[] = [];
  for (const row of rows) {
    if (row.stop) continue;
    const suggestion = row.known ? null : chooseCorrection(row.word, row.candidates ?? []);
    if (suggestion) {
      corrections.push({ from: row.word, to: suggestion });
      out.push(suggestion);
    } else out.push(row.word);
  }
  return { words: [...new Set(out)], corrections };
}
