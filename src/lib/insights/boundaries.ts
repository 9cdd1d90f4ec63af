// Boundary GeoJSON as the coverage map needs it: one `code` per feature and rounded coordinates.

type Position = [number, number];
export type BoundaryGeometry = { type: "Polygon"; coordinates: Position[][] } | { type: "MultiPolygon"; coordinates: Position[][][] };
export type BoundaryFeature = { type: "Feature"; properties: { code: string }; geometry: BoundaryGeometry };
export type BoundaryCollection = { type: "FeatureCollection"; features: BoundaryFeature[] };

type SourceFeature = { properties?: Record<string, unknown> | null; geometry?: { type?: string; coordinates?: unknown } | null };

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

/** A ring with coordinates rounded and the repeats that rounding creates removed (still closed). */
export function roundRing(ring: readonly (readonly number[])[], places = 4): Position[] {
  const out: Position[] = [];
  for (const point of ring) {
    const next: Position = [round(point[0] ?? 0, places), round(point[1] ?? 0, places)];
    const last = out.at(-1);
    if (!last || last[0] !== next[0] || last[1] !== next[1]) out.push(next);
  }
  return out;
}

/** Keeps polygons only, with `codeProperty` as `code`; throws on a feature without a code. */
export function simplifyFeatures(source: { features?: SourceFeature[] }, codeProperty: string): BoundaryCollection {
  const features: BoundaryFeature[] = [];
  for (const feature of source.features ?? []) {
    const code = feature.properties?.[codeProperty];
    if (typeof code !== "string") throw new Error(`boundary feature without "${codeProperty}"`);
    const geometry = feature.geometry;
    if (geometry?.type === "Polygon") {
      const rings = geometry.coordinates as number[][][];
      features.push({ type: "Feature", properties: { code }, geometry: { type: "Polygon", coordinates: rings.map((r) => roundRing(r)) } });
    } else if (geometry?.type === "MultiPolygon") {
      const polygons = geometry.coordinates as number[][][][];
      features.push({
        type: "Feature",
        properties: { code },
        geometry: { type: "MultiPolygon", coordinates: polygons.map((p) => p.map((r) => roundRing(r))) },
      });
    }
  }
  return { type: "FeatureCollection", features };
}
