import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Bbox } from "@/lib/validation/search";
import type { WordQueries } from "./word-queries";

// The resolved search, and SQL fragments on the base tables (the search itself reads the index, ADR 0018).
// Fragments, one per filter. Aliases: `s` service, `l` location. Every value is a bound
// parameter (Prisma.sql), never spliced into the text.

/** A search with everything looked up: what the SQL needs, nothing the person typed that it does not. */
export type ResolvedSearch = {
  origin: { lat: number; lng: number } | null;
  /** Metres from the origin; null for a map-area search or no postcode. */
  radiusM: number | null;
  bbox: Bbox | null;
  placeCode: string | null;
  wardCode: string | null;
  /** Search words after spelling correction and without stop words; empty for no text. */
  words: string[];
  /** The full-text query of each word and synonym (wordQueriesFor). */
  wordQueries: WordQueries;
  /** All words must match (the default), or any (the fallback when all finds nothing). */
  matchAll: boolean;
  categories: string[];
  audiences: string[];
  /** "Helps with" (the need vocabulary): any of them. */
  needs: string[];
  accessibility: string[];
  attendance: string[];
  access: string[];
  /** iCal day code ("TU") and ISO day of week (2) of the day filter. */
  day: { code: string; isoDow: number } | null;
  /** Minutes after midnight: sessions overlapping [from, to). */
  time: { from: number; to: number } | null;
  free: boolean;
  age: number | null;
  verifiedOnly: boolean;
};

/** The point the public may see: hidden addresses rounded exactly as src/lib/hidden-address.ts does. */
const publicLat = Prisma.sql`(CASE WHEN l.hide_exact_address THEN floor(l.lat * 100 + 0.5) / 100 ELSE l.lat END)`;
const publicLng = Prisma.sql`(CASE WHEN l.hide_exact_address THEN floor(l.lng * 100 + 0.5) / 100 ELSE l.lng END)`;

/** Rounding moves a hidden point by at most ~650 m; the index lookup widens by this much, the exact test does not. */
const HIDDEN_SLACK_M = 1000;
const HIDDEN_SLACK_DEG = 0.01;

export function hasGeoFilter(r: ResolvedSearch): boolean {
  return Boolean((r.origin && r.radiusM !== null) || r.bbox || r.placeCode || r.wardCode);
}

/** earthdistance's sphere (`earth()`), so distances agree with its GiST index look-ups. */
const EARTH_RADIUS_M = 6378168;

/**
 * Metres from the origin to the public point: the haversine formula on earthdistance's sphere (the same
 * great-circle distance as `earth_distance`). Plain arithmetic on purpose: `ll_to_earth` is an SQL function
 * returning a domain, which Postgres runs as a function call per row (~20 µs each), too slow to use for every
 * candidate; the index look-up still uses it once, for the box.
 */
export function distanceSql(r: ResolvedSearch): Prisma.Sql {
  return distanceFrom(r, publicLat, publicLng);
}

/** The same distance from the origin to any point (`lat`, `lng` SQL expressions, e.g. a search_entry row's). */
export function distanceFrom(r: ResolvedSearch, lat: Prisma.Sql, lng: Prisma.Sql): Prisma.Sql {
  if (!r.origin) return Prisma.sql`NULL::float8`;
  const lat0 = Prisma.sql`${r.origin.lat}::float8`;
  const cosLat0 = Prisma.sql`${Math.cos((r.origin.lat * Math.PI) / 180)}::float8`;
  const lng0 = Prisma.sql`${r.origin.lng}::float8`;
  return Prisma.sql`(${2 * EARTH_RADIUS_M}::float8 * asin(sqrt(
    power(sin(radians(${lat} - ${lat0}) / 2), 2)
    + ${cosLat0} * cos(radians(${lat})) * power(sin(radians(${lng} - ${lng0}) / 2), 2))))`;
}

/**
 * Conditions on the venue `l`: radius, map area, place, ward. `indexed` adds the earthdistance box the GiST
 * index answers, for scans that start from venues; per-service look-ups skip it (it costs an `ll_to_earth`
 * call per row) and rely on the degree box and the exact distance.
 */
export function venueConditions(r: ResolvedSearch, options: { indexed: boolean }): Prisma.Sql[] {
  const out: Prisma.Sql[] = [Prisma.sql`l.lat IS NOT NULL AND l.lng IS NOT NULL`];
  if (r.bbox) {
    const b = r.bbox;
    out.push(Prisma.sql`l.lat BETWEEN ${b.south - HIDDEN_SLACK_DEG}::float8 AND ${b.north + HIDDEN_SLACK_DEG}::float8`);
    out.push(Prisma.sql`l.lng BETWEEN ${b.west - HIDDEN_SLACK_DEG}::float8 AND ${b.east + HIDDEN_SLACK_DEG}::float8`);
    out.push(
      Prisma.sql`${publicLat} BETWEEN ${b.south}::float8 AND ${b.north}::float8 AND ${publicLng} BETWEEN ${b.west}::float8 AND ${b.east}::float8`,
    );
  } else if (r.origin && r.radiusM !== null) {
    const centre = Prisma.sql`ll_to_earth(${r.origin.lat}::float8, ${r.origin.lng}::float8)`;
    if (options.indexed) out.push(Prisma.sql`earth_box(${centre}, ${r.radiusM + HIDDEN_SLACK_M}::float8) @> ll_to_earth(l.lat, l.lng)`);
    // The same box in degrees (cheap arithmetic), then the exact distance from the public point.
    const dLat = (r.radiusM + HIDDEN_SLACK_M) / 111_000;
    const dLng = dLat / Math.cos((r.origin.lat * Math.PI) / 180);
    out.push(Prisma.sql`l.lat BETWEEN ${r.origin.lat - dLat}::float8 AND ${r.origin.lat + dLat}::float8`);
    out.push(Prisma.sql`l.lng BETWEEN ${r.origin.lng - dLng}::float8 AND ${r.origin.lng + dLng}::float8`);
    out.push(Prisma.sql`${distanceSql(r)} <= ${r.radiusM}::float8`);
  }
  if (r.placeCode) out.push(Prisma.sql`l.place_code = ${r.placeCode}`);
  if (r.wardCode) out.push(Prisma.sql`l.ward_code = ${r.wardCode}`);
  return out;
}

/** A current weekly session (`sc`) on the day, or a future dated event on that weekday; overlapping the time of day. */
export function sessionCondition(r: ResolvedSearch): Prisma.Sql {
  const today = Prisma.sql`(now() AT TIME ZONE 'Europe/London')::date`;
  const weekly = r.day ? Prisma.sql`sc.by_day = ${r.day.code}` : Prisma.sql`sc.by_day IS NOT NULL`;
  const dated = r.day ? Prisma.sql`extract(isodow FROM sc.dtstart) = ${r.day.isoDow}::int` : Prisma.sql`true`;
  const when = Prisma.sql`((${weekly} AND (sc.valid_to IS NULL OR sc.valid_to >= ${today}))
    OR (sc.by_day IS NULL AND sc.dtstart >= ${today} AND ${dated}))`;
  if (!r.time) return when;
  return Prisma.sql`${when} AND sc.opens_at < ${r.time.to}::int AND coalesce(sc.closes_at, sc.opens_at + 60) > ${r.time.from}::int`;
}

export const and = (parts: Prisma.Sql[]) => Prisma.join(parts, " AND ");
