// How free text becomes search words: lower case, split on anything that is not a letter or digit, at most
// eight distinct words. The database does the rest (spelling correction, stemming, stop words).

export const MAX_SEARCH_WORDS = 8;

export function searchWords(text: string | undefined): string[] {
  if (!text) return [];
  const words = text
    .toLowerCase()
    .normalize("NFKC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && w.length <= 40);
  return [...new Set(words)].slice(0, MAX_SEARCH_WORDS);
}

/** Words this short are never "corrected": too many real words are one letter apart from them. */
export const MIN_CORRECTABLE_LENGTH = 4;
