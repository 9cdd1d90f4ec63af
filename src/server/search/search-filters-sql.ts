import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Bbox } from "@/lib/validation/search";

// SQL fragments of the search, one per filter. Aliases: `s` service, `l` location. Every value is a bound
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
  /** All words must match (the default), or any (the fallback when all finds nothing). */
  matchAll: boolean;
  categories: string[];
  audiences: string[];
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
export const publicLat = Prisma.sql`(CASE WHEN l.hide_exact_address THEN floor(l.lat * 100 + 0.5) / 100 ELSE l.lat END)`;
export const publicLng = Prisma.sql`(CASE WHEN l.hide_exact_address THEN floor(l.lng * 100 + 0.5) / 100 ELSE l.lng END)`;

/** Rounding moves a hidden point by at most ~650 m; the index lookup widens by this much, the exact test does not. */
const HIDDEN_SLACK_M = 1000;
const HIDDEN_SLACK_DEG = 0.01;

/** Filters that usually leave few services: worth starting from the services rather than the venues. */
export function hasSelectiveServiceFilter(r: ResolvedSearch): boolean {
  return Boolean(r.words.length || r.categories.length || r.audiences.length || r.accessibility.length || r.day || r.time || r.verifiedOnly);
}

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
  if (!r.origin) return Prisma.sql`NULL::float8`;
  const lat0 = Prisma.sql`${r.origin.lat}::float8`;
  const cosLat0 = Prisma.sql`${Math.cos((r.origin.lat * Math.PI) / 180)}::float8`;
  const lng0 = Prisma.sql`${r.origin.lng}::float8`;
  return Prisma.sql`(${2 * EARTH_RADIUS_M}::float8 * asin(sqrt(
    power(sin(radians(${publicLat} - ${lat0}) / 2), 2)
    + ${cosLat0} * cos(radians(${publicLat})) * power(sin(radians(${publicLng} - ${lng0}) / 2), 2))))`;
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
    out.push(Prisma.sql`${publicLat} BETWEEN ${b.south}::float8 AND ${b.north}::float8 AND ${publicLng} BETWEEN ${b.west}::float8 AND ${b.east}::float8`);
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

function termIds(taxonomy: string, codes: string[]): Prisma.Sql {
  return Prisma.sql`(SELECT t.id FROM taxonomy_term t JOIN taxonomy x ON x.id = t.taxonomy_id WHERE x.slug = ${taxonomy} AND t.code = ANY(${codes}::text[]))`;
}

/** One search word: the service's own text, or a vocabulary term it carries ("choir" finds "Singing and choirs"). */
function wordMatch(word: string): Prisma.Sql {
  const q = Prisma.sql`plainto_tsquery('english', ${word})`;
  return Prisma.sql`(SELECT w.id FROM service w WHERE w.search_vector @@ ${q}
    UNION SELECT a.service_id FROM attribute a JOIN taxonomy_term t ON t.id = a.taxonomy_term_id
     WHERE a.service_id IS NOT NULL AND to_tsvector('english', t.name) @@ ${q})`;
}

/**
 * Filters that are sets of service ids (words, category, audience, day/time), intersected before any service
 * row is read: each comes from its own index, and the intersection is usually small.
 */
function idSets(r: ResolvedSearch): Prisma.Sql[] {
  const sets: Prisma.Sql[] = [];
  if (r.words.length) sets.push(Prisma.sql`SELECT id FROM (${Prisma.join(r.words.map(wordMatch), r.matchAll ? " INTERSECT " : " UNION ")}) w(id)`);
  if (r.categories.length) sets.push(Prisma.sql`SELECT a.service_id FROM attribute a WHERE a.service_id IS NOT NULL AND a.taxonomy_term_id IN ${termIds("category", r.categories)}`);
  if (r.audiences.length) sets.push(Prisma.sql`SELECT a.service_id FROM attribute a WHERE a.service_id IS NOT NULL AND a.taxonomy_term_id IN ${termIds("audience", r.audiences)}`);
  if (r.day || r.time) sets.push(Prisma.sql`SELECT sc.service_id FROM schedule sc WHERE ${sessionCondition(r)}`);
  return sets;
}

/** `candidates AS (…),` for the statement's WITH, or nothing when no filter is a set of ids. */
export function candidatesCte(r: ResolvedSearch): Prisma.Sql {
  const sets = idSets(r);
  return sets.length ? Prisma.sql`candidates(id) AS (${Prisma.join(sets, " INTERSECT ")}),` : Prisma.empty;
}

/** Relevance: full-text rank over any of the words (name counts more than description). */
export function rankSql(r: ResolvedSearch): Prisma.Sql {
  if (r.words.length === 0) return Prisma.sql`0::float4`;
  const any = Prisma.join(r.words.map((w) => Prisma.sql`plainto_tsquery('english', ${w})`), " || ");
  return Prisma.sql`ts_rank(s.search_vector, ${any})`;
}

/**
 * Where service rows come from: with set filters, one primary-key look-up per candidate (OFFSET 0 keeps the
 * planner from swapping that for a scan of every service, which its cost model prefers for a few thousand
 * rows although everything is in memory); otherwise the service table.
 */
export function serviceSource(r: ResolvedSearch): Prisma.Sql {
  if (!idSets(r).length) return Prisma.sql`service s`;
  return Prisma.sql`candidates c CROSS JOIN LATERAL (SELECT * FROM service s0 WHERE s0.id = c.id OFFSET 0) s`;
}

/** Conditions on the service `s` (everything but geography); `inCandidates` when `s` does not come from them. */
export function serviceConditions(r: ResolvedSearch, options: { inCandidates: boolean } = { inCandidates: false }): Prisma.Sql[] {
  const out: Prisma.Sql[] = [Prisma.sql`s.listing_status = 'published'`];
  if (options.inCandidates && idSets(r).length) out.push(Prisma.sql`s.id IN (SELECT * FROM candidates)`);
  if (r.accessibility.length) {
    // Every feature asked for, on the service or on one of its venues.
    out.push(Prisma.sql`(SELECT count(DISTINCT a.taxonomy_term_id) FROM attribute a
      WHERE a.taxonomy_term_id IN ${termIds("accessibility", r.accessibility)}
        AND (a.service_id = s.id OR a.location_id IN (SELECT x.location_id FROM service_at_location x WHERE x.service_id = s.id))) = ${r.accessibility.length}`);
  }
  if (r.day || r.time) out.push(Prisma.sql`s.id IN (SELECT sc.service_id FROM schedule sc WHERE ${sessionCondition(r)})`);
  if (r.free) out.push(Prisma.sql`s.is_free`);
  if (r.age !== null) out.push(Prisma.sql`coalesce(s.minimum_age, 0) <= ${r.age}::int AND coalesce(s.maximum_age, 120) >= ${r.age}::int`);
  if (r.attendance.length) out.push(Prisma.sql`s.attending_types && ${r.attendance}::attending_type[]`);
  if (r.access.length) out.push(Prisma.sql`s.access_types && ${r.access}::access_type[]`);
  if (r.verifiedOnly) out.push(Prisma.sql`s.verified_at IS NOT NULL`);
  return out;
}

/** A current weekly session on the day, or a future dated event on that weekday; overlapping the time of day. */
function sessionCondition(r: ResolvedSearch): Prisma.Sql {
  const today = Prisma.sql`(now() AT TIME ZONE 'Europe/London')::date`;
  const weekly = r.day ? Prisma.sql`sc.by_day = ${r.day.code}` : Prisma.sql`sc.by_day IS NOT NULL`;
  const dated = r.day ? Prisma.sql`extract(isodow FROM sc.dtstart) = ${r.day.isoDow}::int` : Prisma.sql`true`;
  const when = Prisma.sql`((${weekly} AND (sc.valid_to IS NULL OR sc.valid_to >= ${today}))
    OR (sc.by_day IS NULL AND sc.dtstart >= ${today} AND ${dated}))`;
  if (!r.time) return when;
  return Prisma.sql`${when} AND sc.opens_at < ${r.time.to}::int AND coalesce(sc.closes_at, sc.opens_at + 60) > ${r.time.from}::int`;
}

export const and = (parts: Prisma.Sql[]) => Prisma.join(parts, " AND ");
