// The box around West Yorkshire (every postcode in it lies inside, with a small margin): where the map starts
// when it has nothing else to show, and the test an imported venue point must pass to be used.

export const WEST_YORKSHIRE_EXTENT = { south: 53.52, west: -2.17, north: 54.0, east: -1.2 } as const;

/** Whether a point is a real one in and around West Yorkshire (not latitude 100, not 0,0, not in Scotland). */
export function inWestYorkshire(lat: number, lng: number): boolean {
  const e = WEST_YORKSHIRE_EXTENT;
  return Number.isFinite(lat) && Number.isFinite(lng) && lat >= e.south && lat <= e.north && lng >= e.west && lng <= e.east;
}
