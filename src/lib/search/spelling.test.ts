import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chooseCorrection, editDistance } from "./spelling";

const near = (word: string, similarity = 0.3, sameStem = false) => ({ word, similarity, sameStem });

describe("editDistance", () => {
  it("counts a swap of neighbouring letters as one edit", () => {
    expect(editDistance("musuem", "museum")).toBe(1);
    expect(editDistance("allotmnet", "allotment")).toBe(1);
    expect(editDistance("danse", "dance")).toBe(1);
    expect(editDistance("grop", "group")).toBe(1);
    expect(editDistance("dewsbry", "dewsbury")).toBe(1);
    expect(editDistance("knitting", "knottingley")).toBe(4);
  });

  it("is a distance: zero only to itself, symmetric, at most the longer length", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), (a, b) => {
        expect(editDistance(a, a)).toBe(0);
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});

describe("chooseCorrection", () => {
  it("takes the fewest edits over trigram similarity (“musuem” is one swap from museum, two from music)", () => {
    expect(chooseCorrection("musuem", [near("music", 0.3), near("museum", 0.27), near("museums", 0.25)])).toBe("museum");
    expect(chooseCorrection("grop", [near("group", 0.375), near("grove", 0.38), near("drop", 0.25)])).toBe("group");
  });

  it("keeps a word with nothing near enough, and never corrects short words or to the same stem", () => {
    expect(chooseCorrection("knitting", [near("knottingley", 0.31), near("writing", 0.2)])).toBeNull();
    expect(chooseCorrection("yog", [near("yoga", 0.5)])).toBeNull();
    expect(chooseCorrection("choire", [near("choir", 0.6, true), near("choirs", 0.56)])).toBe("choirs");
    expect(chooseCorrection("choire", [near("choir", 0.6, true)])).toBeNull();
  });

  it("still accepts a very similar word further away in edits (the older trigram rule)", () => {
    expect(chooseCorrection("alotments", [near("allotment", 0.6)])).toBe("allotment");
  });
});
