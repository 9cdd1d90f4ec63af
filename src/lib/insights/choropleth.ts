// Colour classes for the ward map. Palettes are colour-blind safe sequential scales (viridis for provision,
// cividis for deprivation), dark = more; every class has a text label, and the ward table carries the same
// figures, so nothing depends on telling colours apart.

export type ChoroplethClass = { label: string; colour: string };

/** Low → high provision (viridis, 5 classes). */
export const PROVISION_COLOURS = ["#fde725", "#5ec962", "#21918c", "#3b528b", "#440154"] as const;
/** Wards with no listing at all: white, set apart from the scale. */
export const NO_LISTING_COLOUR = "#ffffff";
/** Most → least deprived fifth (cividis, dark = more deprived). */
export const DEPRIVATION_COLOURS = ["#00224e", "#434e6c", "#7d7c78", "#bcaf6f", "#fee838"] as const;

export const DEPRIVATION_CLASSES: readonly ChoroplethClass[] = [
  "Most deprived fifth",
  "Second most deprived fifth",
  "Middle fifth",
  "Second least deprived fifth",
  "Least deprived fifth",
].map((label, i) => ({ label, colour: DEPRIVATION_COLOURS[i]! }));

const fmt = (n: number) => n.toFixed(2);

/**
 * Classes for rates per 10,000 given to 2 decimal places: "none" for zero, then up to five classes split at
 * the quintiles of the non-zero rates (fewer when rates repeat). `classOf` gives a rate's class index.
 */
export function provisionClasses(rates: readonly (number | null)[]): {
  classes: ChoroplethClass[];
  classOf: (rate: number | null) => number;
} {
  const positive = rates.filter((r): r is number => r !== null && r > 0).sort((a, b) => a - b);
  const uppers: number[] = [];
  for (let i = 1; i <= 5; i++) {
    const upper = positive[Math.ceil((positive.length * i) / 5) - 1];
    if (upper !== undefined && upper !== uppers.at(-1)) uppers.push(upper);
  }
  const colours = uppers.length <= 1 ? [PROVISION_COLOURS[2]] : spread(uppers.length);
  const classes: ChoroplethClass[] = [{ label: "No listings", colour: NO_LISTING_COLOUR }];
  uppers.forEach((upper, i) => {
    const lower = i === 0 ? positive[0]! : uppers[i - 1]! + 0.01;
    classes.push({ label: lower >= upper ? fmt(upper) : `${fmt(lower)} to ${fmt(upper)}`, colour: colours[i]! });
  });
  const classOf = (rate: number | null) => {
    if (rate === null || rate <= 0) return 0;
    const index = uppers.findIndex((upper) => rate <= upper);
    return index === -1 ? uppers.length : index + 1;
  };
  return { classes, classOf };
}

/** n colours from the 5-colour scale, spread from lightest to darkest. */
function spread(n: number): string[] {
  if (n >= 5) return [...PROVISION_COLOURS];
  return Array.from({ length: n }, (_, i) => PROVISION_COLOURS[Math.round((i * 4) / (n - 1))]!);
}
