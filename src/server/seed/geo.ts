// Pure geometry helpers for the seed (no server imports, so they are unit-testable anywhere).

type Position = number[]; // [lng, lat]
type Ring = Position[];
export type PolygonGeometry = { type: "Polygon"; coordinates: Ring[] } | { type: "MultiPolygon"; coordinates: Ring[][] };

/** Shoelace sums for one ring: signed area and the first moments, in planar lon/lat. */
function ringMoments(ring: Ring): { area: number; cx: number; cy: number } {
  let area = 0,
    cx = 0,
    cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0 = 0, y0 = 0] = ring[i]!;
    const [x1 = 0, y1 = 0] = ring[i + 1]!;
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  return { area: area / 2, cx: cx / 6, cy: cy / 6 };
}

/**
 * Area-weighted centroid of a (multi)polygon, treating lon/lat as planar (fine at LSOA scale). Holes are
 * subtracted whatever their winding. Returns null for an empty or zero-area geometry.
 */
export function polygonCentroid(geometry: PolygonGeometry): { lat: number; lng: number } | null {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  let area = 0,
    mx = 0,
    my = 0;
  for (const rings of polygons) {
    rings.forEach((ring, index) => {
      const m = ringMoments(ring);
      // Normalise each ring to positive orientation, then subtract holes.
      const sign = (m.area < 0 ? -1 : 1) * (index === 0 ? 1 : -1);
      area += sign * m.area;
      mx += sign * m.cx;
      my += sign * m.cy;
    });
  }
  if (area === 0 || !Number.isFinite(area)) return null;
  return { lng: mx / area, lat: my / area };
}

/** Great-circle distance in metres. */
export function distanceMetres(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const toRad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRad;
  const dLng = (b.lng - a.lng) * toRad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
}
