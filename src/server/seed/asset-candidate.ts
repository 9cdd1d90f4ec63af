// What every imported record becomes before it is written: one future published service at one location.
// Pure (no server imports) so the readers and the de-duplication are unit-testable.
import { distanceMetres } from "./geo";
import { normalisePostcode } from "@/lib/postcode";

export type AssetCandidate = {
  source: string;
  sourceId: string;
  licence: string;
  /** Records can only be the same venue within a group: "library", "museum", or an OSM subcategory. */
  group: string;
  name: string;
  description: string;
  url: string | null;
  address1: string | null;
  address2: string | null;
  city: string | null;
  postcode: string | null;
  lat: number;
  lng: number;
  placeCode: string;
  wardCode: string;
  lsoaCode: string;
  categories: string[];
  /** `source:sourceId` of records merged into this one. */
  mergedFrom: string[];
  /** Other names of the venue, from records merged into this one whose name lost (dedupe-assets.ts). */
  alternateNames: string[];
};

export type GeoContext = {
  lsoaIndex: Map<string, { wardCode: string; placeCode: string }>;
  wardCodes: Set<string>;
  postcodes: Map<string, { lat: number; lng: number; lsoaCode: string; placeCode: string }>;
};

export type RawPosition = { lat: number | null; lng: number | null; lsoaCode?: string; wardCode?: string; postcode?: string };

/**
 * Coordinates and area codes for a record: the file's own when valid, else from its postcode, else (codes
 * only) from the nearest known postcode. Null when the record cannot be placed in West Yorkshire.
 */
export function locate(raw: RawPosition, geo: GeoContext) {
  const postcode = normalisePostcode(raw.postcode);
  const byPostcode = postcode ? geo.postcodes.get(postcode) : undefined;
  const lat = raw.lat ?? byPostcode?.lat ?? null;
  const lng = raw.lng ?? byPostcode?.lng ?? null;
  if (lat === null || lng === null) return null;
  let lsoaCode = raw.lsoaCode && geo.lsoaIndex.has(raw.lsoaCode) ? raw.lsoaCode : byPostcode?.lsoaCode;
  lsoaCode ??= nearestPostcode(geo, { lat, lng })?.lsoaCode;
  const lsoa = lsoaCode ? geo.lsoaIndex.get(lsoaCode) : undefined;
  if (!lsoaCode || !lsoa) return null;
  const wardCode = raw.wardCode && geo.wardCodes.has(raw.wardCode) ? raw.wardCode : lsoa.wardCode;
  return { lat, lng, postcode, lsoaCode, wardCode, placeCode: lsoa.placeCode };
}

function nearestPostcode(geo: GeoContext, point: { lat: number; lng: number }) {
  let best: { lsoaCode: string } | undefined;
  let bestDistance = 2_000; // metres: further than this and the record is not in our area
  for (const p of geo.postcodes.values()) {
    if (Math.abs(p.lat - point.lat) > 0.02 || Math.abs(p.lng - point.lng) > 0.04) continue;
    const d = distanceMetres(p, point);
    if (d < bestDistance) [best, bestDistance] = [p, d];
  }
  return best;
}

/** Empty cells become null; stray whitespace and trailing commas go. */
export function clean(value: string | undefined): string | null {
  const v = (value ?? "").replace(/\s+/g, " ").replace(/^[\s,]+|[\s,]+$/g, "");
  return v === "" ? null : v;
}

export function slugify(value: string): string {
  return value
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
