import { MIN_CORRECTABLE_LENGTH } from "./search-words";

// Choosing the word someone meant from the known words nearest to what they typed. Trigram similarity (the
// database's index) finds the candidates; edit distance decides, because trigrams score a swapped pair of
// letters badly ("musuem" shares only 3 of 11 trigrams with "museum", one edit away).

/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two neighbouring
 * letters each cost 1 ("musuem" → "museum" is 1, "grop" → "group" is 1).
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** How many edits a word of this length may be away from a correction: one for short words, two from 7 letters. */
export function allowedEdits(word: string): number {
  if (word.length < MIN_CORRECTABLE_LENGTH) return 0;
  return word.length >= 7 ? 2 : 1;
}

/** A known word near the typed one: `similarity` is pg_trgm's (0–1); `sameStem` when both stem alike. */
export type SpellingCandidate = { word: string; similarity: number; sameStem: boolean };

/** Trigram similarity that is enough on its own (the rule before edit distance: "choire" → "choirs"). */
export const MIN_SIMILARITY = 0.45;

/**
 * The correction for `typed`, or null: among candidates within the allowed edits (or similar enough by
 * trigrams), the fewest edits, then the most similar, then the candidate order (nearest first). A candidate
 * that stems like the typed word is no correction: full-text search already treats them alike.
 */
export function chooseCorrection(typed: string, candidates: readonly SpellingCandidate[]): string | null {
  if (typed.length < MIN_CORRECTABLE_LENGTH) return null;
  const limit = allowedEdits(typed);
  let best: { word: string; edits: number; similarity: number } | null = null;
  for (const c of candidates) {
    if (c.sameStem || c.word === typed) continue;
    const edits = editDistance(typed, c.word);
    if (edits > limit && c.similarity < MIN_SIMILARITY) continue;
    if (!best || edits < best.edits || (edits === best.edits && c.similarity > best.similarity))
      best = { word: c.word, edits, similarity: c.similarity };
  }
  return best?.word ?? null;
}
