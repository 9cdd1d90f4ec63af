// The five West Yorkshire local authority districts ("places"), ONS codes as in the place table. Fixed
// reference data, so filters and forms can validate a place without a database round trip.
export const WEST_YORKSHIRE = { code: "E47000003", name: "West Yorkshire" } as const;

export const PLACES = [
  { code: "E08000032", name: "Bradford" },
  { code: "E08000033", name: "Calderdale" },
  { code: "E08000034", name: "Kirklees" },
  { code: "E08000035", name: "Leeds" },
  { code: "E08000036", name: "Wakefield" },
] as const;

export type PlaceCode = (typeof PLACES)[number]["code"];
export const placeCodes = PLACES.map((p) => p.code) as [PlaceCode, ...PlaceCode[]];

/** The place's name for a code, or undefined when the code is not a West Yorkshire place. */
export function placeName(code: string | null | undefined): string | undefined {
  return PLACES.find((p) => p.code === code)?.name;
}
