import { describe, expect, it } from "vitest";
import { namesMatch, nameTokens } from "./normalise";

describe("namesMatch", () => {
  it("ignores generic words and punctuation", () => {
    expect(nameTokens("Ilkley Public Library")).toEqual(["ilkley"]);
    expect(namesMatch("Ilkley Public Library", "Ilkley Library")).toBe(true);
    expect(namesMatch("Leeds Central Library", "Central Library")).toBe(true);
    expect(namesMatch("St. Mary's Centre", "St Marys Centre")).toBe(true);
  });

  it("keeps different venues apart", () => {
    expect(namesMatch("Leeds Art Gallery", "Leeds City Museum")).toBe(false);
    expect(namesMatch("Headingley Library", "Hyde Park Library")).toBe(false);
    expect(namesMatch("Library", "Otley Library")).toBe(false);
    expect(namesMatch("Allerton Grange Park", "Chapel Allerton Park")).toBe(false);
  });
});
