import { describe, expect, it } from "vitest";
import { SYNONYM_WORDS, expandSearchWord, synonymEntries } from "./search-synonyms";

describe("search synonyms (seeds/search-synonyms.json)", () => {
  it("expands a word with what moderators listed, the word itself first", () => {
    expect(expandSearchWord("lonely")).toEqual(["lonely", "loneliness", "isolation", "befriending"]);
    expect(expandSearchWord("knitting")).toEqual(expect.arrayContaining(["knitting", "crafts", "knit", "yarn"]));
    expect(expandSearchWord("wheelchair")).toContain("step-free");
    expect(expandSearchWord("karate")).toEqual(["karate"]);
  });

  it("holds lower-case words and phrases only, and knows each of their words", () => {
    for (const e of synonymEntries) {
      expect(e.when.length).toBeGreaterThan(0);
      expect(e.alsoSearch.length).toBeGreaterThan(0);
      for (const w of [...e.when, ...e.alsoSearch]) expect(w).toMatch(/^[a-z][a-z -]*[a-z]$/);
    }
    expect(SYNONYM_WORDS.has("loneliness")).toBe(true);
    expect(SYNONYM_WORDS.has("step")).toBe(true);
  });
});
