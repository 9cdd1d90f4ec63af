import { describe, expect, it } from "vitest";
import { accessText, ageText, costText, distanceText, statusText, termNames } from "./listing-facts";

describe("listing facts", () => {
  it("says what it costs, or that nobody has said", () => {
    expect(costText(true, null)).toBe("Free");
    expect(costText(false, "£3 a session")).toBe("£3 a session");
    expect(costText(null, null)).toMatch(/not stated/);
  });

  it("describes ages", () => {
    expect(ageText(null, null)).toBe("All ages");
    expect(ageText(18, null)).toBe("Ages 18 and over");
    expect(ageText(null, 11)).toBe("Up to age 11");
    expect(ageText(5, 11)).toBe("Ages 5 to 11");
  });

  it("names access types, terms and statuses", () => {
    expect(accessText(["referral", "drop_in"])).toBe("Drop in, Referral needed");
    expect(accessText([])).toBeNull();
    expect(termNames("category", ["singing-and-choirs", "gone"])).toEqual(["Singing and choirs"]);
    expect(statusText("active")).toBeNull();
    expect(statusText("temporarily closed")).toBe("Temporarily closed");
  });

  it("rounds distances the way people say them", () => {
    expect(distanceText(3)).toBe("10 m");
    expect(distanceText(347)).toBe("350 m");
    expect(distanceText(1234)).toBe("1.2 km");
    expect(distanceText(12_600)).toBe("13 km");
  });
});
