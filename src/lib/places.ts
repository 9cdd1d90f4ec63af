// The five West Yorkshire local authority districts ("places"), by ONS code. Reference data that does not
// change; kept here so forms and URL validation need no database round trip. The `place` table holds the same
// rows with population and deprivation.

export const PLACES = [
  { code: "E08000032", name: "Bradford" },
  { code: "E08000033", name: "Calderdale" },
  { code: "E08000034", name: "Kirklees" },
  { code: "E08000035", name: "Leeds" },
  { code: "E08000036", name: "Wakefield" },
] as const;

export type PlaceCode = (typeof PLACES)[number]["code"];
export const placeCodes = PLACES.map((p) => p.code) as [PlaceCode, ...PlaceCode[]];

export function placeName(code: string | null | undefined): string | undefined {
  return PLACES.find((p) => p.code === code)?.name;
}
