// The venue's map pin: starts at the postcode's centre; the provider may nudge it onto the entrance.

/** How far a nudged pin may stray from its postcode. */
export const PIN_MAX_KM = 2;

/** Great-circle distance in kilometres. */
export function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

export type Direction = "north" | "south" | "east" | "west";

/** The pin moved `metres` in a direction (for keyboard users, who cannot drag). Rounded to about 1 m. */
export function nudge(point: { lat: number; lng: number }, direction: Direction, metres = 10): { lat: number; lng: number } {
  const dLat = metres / 111_320;
  const dLng = metres / (111_320 * Math.cos((point.lat * Math.PI) / 180));
  const moved = {
    north: { lat: point.lat + dLat, lng: point.lng },
    south: { lat: point.lat - dLat, lng: point.lng },
    east: { lat: point.lat, lng: point.lng + dLng },
    west: { lat: point.lat, lng: point.lng - dLng },
  }[direction];
  return { lat: round(moved.lat), lng: round(moved.lng) };
}

export function round(n: number): number {
  return Math.round(n * 100_000) / 100_000;
}
