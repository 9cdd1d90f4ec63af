import { describe, expect, it } from "vitest";
import { NO_LISTING_COLOUR, PROVISION_COLOURS, provisionClasses } from "./choropleth";

describe("provisionClasses", () => {
  it("keeps zero apart and splits the other rates at their quintiles", () => {
    // Ten non-zero rates: quintile upper bounds are the 2nd, 4th, 6th, 8th and 10th values.
    const rates = [0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const { classes, classOf } = provisionClasses(rates);
    expect(classes.map((c) => c.label)).toEqual([
      "No listings",
      "1.00 to 2.00",
      "2.01 to 4.00",
      "4.01 to 6.00",
      "6.01 to 8.00",
      "8.01 to 10.00",
    ]);
    expect(classes.map((c) => c.colour)).toEqual([NO_LISTING_COLOUR, ...PROVISION_COLOURS]);
    expect([0, null, 1, 2, 2.01, 6, 9.5, 10].map(classOf)).toEqual([0, 0, 1, 1, 2, 3, 5, 5]);
  });

  it("merges classes when rates repeat, and still spans light to dark", () => {
    const { classes, classOf } = provisionClasses([0.5, 0.5, 0.5, 0.5, 2, 2]);
    expect(classes.map((c) => c.label)).toEqual(["No listings", "0.50", "0.51 to 2.00"]);
    expect(classes.slice(1).map((c) => c.colour)).toEqual([PROVISION_COLOURS[0], PROVISION_COLOURS[4]]);
    expect(classOf(2)).toBe(2);
  });

  it("has only the 'no listings' class when nothing is listed", () => {
    const { classes, classOf } = provisionClasses([0, 0, null]);
    expect(classes).toHaveLength(1);
    expect(classOf(0)).toBe(0);
  });
});
