import file from "../../../seeds/search-synonyms.json";

// Moderators' synonyms (seeds/search-synonyms.json): a search word also searches for the words and phrases
// listed against it. The search SQL turns each into one OR of full-text queries, so "lonely" finds listings
// filed under "Loneliness or isolation" and "knitting" finds "Crafts and making".

type Entry = { when: string[]; alsoSearch: string[] };

const entries: readonly Entry[] = (file.synonyms as Entry[]).map((e) => ({
  when: e.when.map((w) => w.trim().toLowerCase()),
  alsoSearch: e.alsoSearch.map((w) => w.trim().toLowerCase()),
}));

const byWord = new Map<string, string[]>();
for (const entry of entries) {
  for (const word of entry.when) byWord.set(word, [...new Set([...(byWord.get(word) ?? []), ...entry.alsoSearch])]);
}

/** The word and everything moderators said it should also find, the word first, without repeats. */
export function expandSearchWord(word: string): string[] {
  return [...new Set([word, ...(byWord.get(word) ?? [])])];
}

/** Every single word the synonym file knows: spelling correction treats these as real words. */
export const SYNONYM_WORDS: ReadonlySet<string> = new Set(
  entries
    .flatMap((e) => [...e.when, ...e.alsoSearch])
    .flatMap((phrase) => phrase.split(/[^\p{L}\p{N}]+/u))
    .filter((w) => w.length >= 3),
);

export const synonymEntries = entries;
