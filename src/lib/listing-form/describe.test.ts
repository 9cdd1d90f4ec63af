import { describe, expect, it } from "vitest";
import { addressLines, describeAges, describeAttending, describeSession, describeTerms } from "./describe";

describe("describing a listing in plain English", () => {
  it("says who it is for by age", () => {
    expect(describeAges(null, null)).toBe("Any age");
    expect(describeAges(16, null)).toBe("16 and over");
    expect(describeAges(null, 11)).toBe("Up to 11");
    expect(describeAges(5, 11)).toBe("5 to 11");
  });

  it("names sessions, choices and addresses", () => {
    expect(describeSession({ kind: "weekly", byDay: "TU", opensAt: "19:00", closesAt: "21:00" })).toBe("Every Tuesday, 19:00 to 21:00");
    expect(describeSession({ kind: "event", date: "2026-12-12", opensAt: "14:00", closesAt: "16:00" })).toBe("Saturday 12 December 2026, 14:00 to 16:00");
    expect(describeTerms("category", ["singing-and-choirs"])).toMatch(/singing/i);
    expect(describeTerms("need", [])).toBe("None chosen");
    expect(describeAttending(["in_person", "online"])).toBe("At a venue, Online");
    expect(addressLines({ name: "", address1: "1 High St", city: "Halifax", postcode: "HX1 1QG" })).toEqual(["1 High St", "Halifax", "HX1 1QG"]);
  });
});
