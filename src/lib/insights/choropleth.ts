// Colour classes for the ward map. Each view has its own single-hue sequential scale, so a reader who
// switches views cannot mistake one for the other: blues for provision, oranges for deprivation (ColorBrewer
// Blues and Oranges, dark = more). Single-hue scales differ in lightness, which every kind of colour
// blindness still sees, and blue against orange is the pair colour-blind readers tell apart best. Every class
// has a text label, and the ward table carries the same figures, so nothing depends on telling colours apart.

export type ChoroplethClass = { label: string; colour: string };

/** Low → high provision (ColorBrewer Blues, the 5 darker of 6: the lightest stays clear of "no listings"). */
export const PROVISION_COLOURS = ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"] as const;
/** Wards with no listing at all: white, set apart from the scale. */
export const NO_LISTING_COLOUR = "#ffffff";
/** Most → least deprived fifth (ColorBrewer Oranges, dark = more deprived). */
export const DEPRIVATION_COLOURS = ["#a63603", "#e6550d", "#fd8d3c", "#fdbe85", "#feedde"] as const;

export const DEPRIVATION_CLASSES: readonly ChoroplethClass[] = [
  "Most deprived fifth",
  "Second most deprived fifth",
  "Middle fifth",
  "Second least deprived fifth",
  "Least deprived fifth",
].map((label, i) => ({ label, colour: DEPRIVATION_COLOURS[i]! }));

/**
 * The combined view: where the most deprived fifth and the lowest provision fifth meet. "Both" is far darker
 * than the rest; each single condition takes a middle tone of its own view's scale; neither is near white.
 */
export const COMBINED_CLASSES = {
  both: { label: "Both: most deprived fifth and lowest provision fifth", colour: "#3f007d" },
  deprivedOnly: { label: "Most deprived fifth only", colour: DEPRIVATION_COLOURS[2] },
  underServedOnly: { label: "Lowest provision fifth only", colour: PROVISION_COLOURS[2] },
  neither: { label: "Neither", colour: "#f7f7f7" },
} as const satisfies Record<string, ChoroplethClass>;

export type CombinedClass = keyof typeof COMBINED_CLASSES;

export function combinedClassOf(ward: { deprivationFifth: number | null; lowestProvisionFifth: boolean | null }): CombinedClass {
  const deprived = ward.deprivationFifth === 1;
  const underServed = ward.lowestProvisionFifth === true;
  if (deprived && underServed) return "both";
  if (deprived) return "deprivedOnly";
  if (underServed) return "underServedOnly";
  return "neither";
}

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
