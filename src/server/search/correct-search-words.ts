import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { MIN_CORRECTABLE_LENGTH } from "@/lib/search/search-words";

export type Correction = { from: string; to: string };

/** How alike (pg_trgm similarity) a word must be to a known word before we search for that word instead. */
const MIN_SIMILARITY = 0.45;

/**
 * Typo tolerance: each word that is not a word of any listing or vocabulary term (`search_word`) is replaced
 * by the most similar one ("choire" → "choirs", "alotment" → "allotment"), unless it already stems to the
 * same thing. Stop words ("the", "for") are dropped: full-text search ignores them anyway. One round trip.
 */
export async function correctSearchWords(words: readonly string[], db: Db = prisma): Promise<{ words: string[]; corrections: Correction[] }> {
  if (words.length === 0) return { words: [], corrections: [] };
  const rows = await db.$queryRaw<Array<{ word: string; stop: boolean; known: boolean; suggestion: string | null }>>`
    SELECT w.word,
           numnode(plainto_tsquery('english', w.word)) = 0 AS stop,
           EXISTS (SELECT 1 FROM search_word k WHERE k.word = w.word) AS known,
           (SELECT k.word FROM search_word k
             WHERE length(w.word) >= ${MIN_CORRECTABLE_LENGTH}::int AND k.word % w.word
               AND similarity(k.word, w.word) >= ${MIN_SIMILARITY}::float4
               AND plainto_tsquery('english', k.word)::text <> plainto_tsquery('english', w.word)::text
             ORDER BY k.word <-> w.word, k.word LIMIT 1) AS suggestion
      FROM unnest(${[...words]}::text[]) WITH ORDINALITY AS w(word, ord)
     ORDER BY w.ord`;
  const out: string[] = [];
  const corrections: Correction[] = [];
  for (const row of rows) {
    if (row.stop) continue;
    if (!row.known && row.suggestion) {
      corrections.push({ from: row.word, to: row.suggestion });
      out.push(row.suggestion);
    } else out.push(row.word);
  }
  return { words: [...new Set(out)], corrections };
}
