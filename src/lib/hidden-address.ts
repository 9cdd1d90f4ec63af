// Home-based sessions (location.hide_exact_address) show the public only the area and a point rounded to
// 0.01° (about 1.1 km north–south, 0.7 km east–west here). Search filters and measures distance from the
// rounded point too, so repeated searches from different postcodes cannot narrow down the real address.
// The search SQL rounds the same way (src/server/search/search-filters-sql.ts); a test checks they agree.

export const HIDDEN_POINT_DECIMALS = 2;

const FACTOR = 10 ** HIDDEN_POINT_DECIMALS;

/** floor(x·100 + 0.5) / 100 in IEEE doubles: the SQL computes exactly the same expression, so both agree. */
export function roundHiddenCoordinate(value: number): number {
  return Math.floor(value * FACTOR + 0.5) / FACTOR;
}

/** The point the public may see for a venue. */
export function publicPoint(location: {
  lat: number | null;
  lng: number | null;
  hideExactAddress: boolean;
}): { lat: number; lng: number } | null {
  if (location.lat === null || location.lng === null) return null;
  if (!location.hideExactAddress) return { lat: location.lat, lng: location.lng };
  return { lat: roundHiddenCoordinate(location.lat), lng: roundHiddenCoordinate(location.lng) };
}
