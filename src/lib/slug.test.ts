import { describe, expect, it } from "vitest";
import { htmlId, slugify } from "./slug";

describe("slugify", () => {
  it("joins lower-case words with hyphens", () => {
    expect(slugify("Who it is for")).toBe("who-it-is-for");
    expect(slugify("  How to   join ")).toBe("how-to-join");
  });

  it("spells out ampersands, drops apostrophes and accents", () => {
    expect(slugify("Arts & crafts")).toBe("arts-and-crafts");
    expect(slugify("Men’s sheds")).toBe("mens-sheds");
    expect(slugify("Café culture")).toBe("cafe-culture");
  });
});

describe("htmlId", () => {
  it("never has a space, so aria-labelledby reads it as one id", () => {
    for (const title of ["When", "Where", "Cost", "Who it is for", "How to join", "Get in touch: phone & email"]) {
      expect(htmlId("section", title)).toMatch(/^section-[a-z0-9-]+$/);
    }
    expect(htmlId("section", "How to join")).toBe("section-how-to-join");
  });

  it("falls back to the prefix when the title has no letters or digits", () => {
    expect(htmlId("section", "…")).toBe("section");
  });
});
