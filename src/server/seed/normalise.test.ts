import { describe, expect, it } from "vitest";
import { namesMatch, nameTokens, normalisePostcode, outcodeOf } from "./normalise";

describe("normalisePostcode", () => {
  it("upper-cases and puts one space before the inward code", () => {
    expect(normalisePostcode("ls11aa")).toBe("LS1 1AA");
    expect(normalisePostcode(" LS1   1AA ")).toBe("LS1 1AA");
    expect(normalisePostcode("BD22 8DR")).toBe("BD22 8DR");
    expect(normalisePostcode("wf10 1ab")).toBe("WF10 1AB");
    expect(normalisePostcode("EC1A1BB")).toBe("EC1A 1BB");
  });

  it("rejects what is not a postcode", () => {
    expect(normalisePostcode("")).toBeNull();
    expect(normalisePostcode(undefined)).toBeNull();
    expect(normalisePostcode("Leeds")).toBeNull();
    expect(normalisePostcode("LS1")).toBeNull();
  });

  it("gives the outcode", () => {
    expect(outcodeOf("HX1 1AA")).toBe("HX1");
  });
});

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
