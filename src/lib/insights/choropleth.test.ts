import { describe, expect, it } from "vitest";
import {
  COMBINED_CLASSES,
  combinedClassOf,
  DEPRIVATION_CLASSES,
  DEPRIVATION_COLOURS,
  NO_LISTING_COLOUR,
  PROVISION_COLOURS,
  provisionClasses,
} from "./choropleth";

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

// WCAG relative luminance and contrast ratio, to check the palettes below.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
const INK = "#0b0c0c";
const CANVAS = "#ffffff";

describe("map palettes", () => {
  it("give provision and deprivation different hues: blues and oranges", () => {
    const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    for (const colour of PROVISION_COLOURS) {
      const [r, , b] = channels(colour);
      expect(b, colour).toBeGreaterThan(r!);
    }
    for (const colour of DEPRIVATION_COLOURS) {
      const [r, , b] = channels(colour);
      expect(r, colour).toBeGreaterThan(b!);
    }
  });

  it("darken step by step: more provision, and more deprivation, is darker", () => {
    const provision = PROVISION_COLOURS.map(luminance);
    expect([...provision].sort((a, b) => b - a)).toEqual(provision);
    const deprivation = DEPRIVATION_CLASSES.map((c) => luminance(c.colour));
    expect([...deprivation].sort((a, b) => a - b)).toEqual(deprivation);
  });

  it("keep every swatch visible (3:1 against its ink edge or the page) and the legend text readable", () => {
    const swatches = [
      NO_LISTING_COLOUR,
      ...PROVISION_COLOURS,
      ...DEPRIVATION_COLOURS,
      ...Object.values(COMBINED_CLASSES).map((c) => c.colour),
    ];
    for (const colour of swatches) {
      expect(Math.max(contrast(colour, INK), contrast(colour, CANVAS)), colour).toBeGreaterThanOrEqual(3);
    }
    // The legend's labels are ink on the page, beside the swatch, never on it.
    expect(contrast(INK, CANVAS)).toBeGreaterThanOrEqual(4.5);
  });

  it("set the combined view's 'both' far apart from every other class", () => {
    const { both, ...others } = COMBINED_CLASSES;
    for (const other of Object.values(others)) expect(contrast(both.colour, other.colour), other.label).toBeGreaterThanOrEqual(3);
  });
});

describe("combinedClassOf", () => {
  it("needs both the most deprived fifth and the lowest provision fifth for 'both'", () => {
    expect(combinedClassOf({ deprivationFifth: 1, lowestProvisionFifth: true })).toBe("both");
    expect(combinedClassOf({ deprivationFifth: 1, lowestProvisionFifth: false })).toBe("deprivedOnly");
    expect(combinedClassOf({ deprivationFifth: 2, lowestProvisionFifth: true })).toBe("underServedOnly");
    expect(combinedClassOf({ deprivationFifth: null, lowestProvisionFifth: null })).toBe("neither");
  });
});
