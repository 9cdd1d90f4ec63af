import { describe, expect, it } from "vitest";
import { normalisePostcode, outcodeOf, parsePostcodeQuery } from "./postcode";

describe("postcodes", () => {
  it("normalises spacing and case", () => {
    expect(normalisePostcode("ls11aa")).toBe("LS1 1AA");
    expect(normalisePostcode(" LS1   1AA ")).toBe("LS1 1AA");
    expect(normalisePostcode("BD22 8DR")).toBe("BD22 8DR");
    expect(normalisePostcode("wf10 1ab")).toBe("WF10 1AB");
    expect(normalisePostcode("EC1A1BB")).toBe("EC1A 1BB");
  });

  it("rejects what cannot be a postcode", () => {
    for (const bad of ["", undefined, null, "Leeds", "LS1", "12345", "LS1 1AAA", "<script>"]) expect(normalisePostcode(bad)).toBeNull();
  });

  it("takes the outward code", () => {
    expect(outcodeOf("HX1 1AA")).toBe("HX1");
  });

  it("tells a full postcode from a district", () => {
    expect(parsePostcodeQuery("bd7 1dp")).toEqual({ kind: "postcode", postcode: "BD7 1DP" });
    expect(parsePostcodeQuery(" bd7 ")).toEqual({ kind: "district", outcode: "BD7" });
    expect(parsePostcodeQuery("WF10")).toEqual({ kind: "district", outcode: "WF10" });
    expect(parsePostcodeQuery("Halifax")).toBeNull();
  });
});
