import { describe, expect, it } from "vitest";
import { accessibilityIn, matchTerm } from "./oruk-term-match";

describe("matchTerm", () => {
  it("takes our own codes and names, then the mapping table, and guesses nothing else", () => {
    expect(matchTerm({ taxonomy: "Category", code: "walking-groups", name: "Anything" })).toEqual([
      { taxonomy: "category", code: "walking-groups" },
    ]);
    expect(matchTerm({ name: "Visual Arts" })).toEqual([{ taxonomy: "category", code: "visual-arts" }]);
    expect(matchTerm({ taxonomy: "Kirklees Directory", name: "Men’s Shed" })).toEqual([
      { taxonomy: "category", code: "mens-sheds-and-maker-spaces" },
    ]);
    expect(matchTerm({ name: "Bingo" })).toEqual([]);
    // A term of one of our taxonomies only matches within it.
    expect(matchTerm({ taxonomy: "Audience", name: "Dementia" })).toEqual([]);
  });

  it("finds accessibility features in a feed's own words", () => {
    expect(accessibilityIn("Induction loops in the main hall; wheelchair accessible entrance")).toEqual(
      expect.arrayContaining(["hearing-loop", "step-free-access"]),
    );
    expect(accessibilityIn("Ring the bell")).toEqual([]);
  });
});
