import { describe, expect, it } from "vitest";
import { MAX_SEARCH_WORDS, searchWords } from "./search-words";

describe("searchWords", () => {
  it("splits on punctuation and spaces, lower-cases and de-duplicates", () => {
    expect(searchWords("  Men's Shed, men's SHED!  ")).toEqual(["men", "s", "shed"]);
    expect(searchWords("Café-choir")).toEqual(["café", "choir"]);
  });

  it("has nothing for blank or symbol-only text", () => {
    expect(searchWords(undefined)).toEqual([]);
    expect(searchWords(" <> & ")).toEqual([]);
  });

  it("keeps at most eight words", () => {
    expect(searchWords("a b c d e f g h i j")).toHaveLength(MAX_SEARCH_WORDS);
  });
});
