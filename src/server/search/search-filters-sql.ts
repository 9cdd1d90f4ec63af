import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { expandSearchWord } from "@/lib/search/search-synonyms";
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
export const publicLat = Prisma.sql`(CASE WHEN l.hide_exact_address THEN floor(l.lat * 100 + 0.5) / 100 ELSE l.lat END)`;
export const publicLng = Prisma.sql`(CASE WHEN l.hide_exact_address THEN floor(l.lng * 100 + 0.5) / 100 ELSE l.lng END)`;

/**
 * Where it happens (`sal` a service_at_location row): a venue that hosts one of the service's sessions, or
 * every venue of a service whose sessions name no venue. A provider's hidden home address with nothing on is
 * never the distance or the map point. Two index probes per venue row (schedule_service_at_location_id_idx,
 * schedule_service_id_idx), so a statement that looks at a few thousand venues does not read every session; the
 * planner may still hash them when it reads most venues.
 */
export const hostsActivity = Prisma.sql`(EXISTS (SELECT 1 FROM schedule sc WHERE sc.service_at_location_id = sal.id)
  OR NOT EXISTS (SELECT 1 FROM schedule sc WHERE sc.service_id = sal.service_id AND sc.service_at_location_id IS NOT NULL))`;

/** Rounding moves a hidden point by at most ~650 m; the index lookup widens by this much, the exact test does not. */
const HIDDEN_SLACK_M = 1000;
const HIDDEN_SLACK_DEG = 0.01;

/**
 * Filters that usually leave few services: worth starting from the services rather than the venues. Fact
 * filters (free, day/time, accessibility, how to join) are not: listings that do not state the fact match too.
 */
export function hasSelectiveServiceFilter(r: ResolvedSearch): boolean {
  return Boolean(r.words.length || r.categories.length || r.audiences.length || r.needs.length || r.verifiedOnly);
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

function termIds(taxonomy: string, codes: string[]): Prisma.Sql {
  return Prisma.sql`(SELECT t.id FROM taxonomy_term t JOIN taxonomy x ON x.id = t.taxonomy_id WHERE x.slug = ${taxonomy} AND t.code = ANY(${codes}::text[]))`;
}

/** One search word or'd with the moderators' synonyms for it ("lonely" | "loneliness" | "isolation" …). */
function wordQuery(word: string): Prisma.Sql {
  return Prisma.join(
    expandSearchWord(word).map((w) => Prisma.sql`plainto_tsquery('english', ${w})`),
    " || ",
  );
}

/**
 * One search word: the service's own text, or a vocabulary term it or one of its venues carries ("choir" finds
 * "Singing and choirs", "lonely" finds "Loneliness or isolation", "wheelchair" a venue with "Step-free access").
 */
function wordMatch(word: string): Prisma.Sql {
  const q = Prisma.sql`(${wordQuery(word)})`;
  const terms = Prisma.sql`(SELECT t.id FROM taxonomy_term t WHERE to_tsvector('english', t.name) @@ ${q})`;
  return Prisma.sql`(SELECT w.id FROM service w WHERE w.search_vector @@ ${q}
    UNION SELECT a.service_id FROM attribute a WHERE a.service_id IS NOT NULL AND a.taxonomy_term_id IN ${terms}
    UNION SELECT x.service_id FROM attribute a JOIN service_at_location x ON x.location_id = a.location_id
     WHERE a.location_id IS NOT NULL AND a.taxonomy_term_id IN ${terms})`;
}

/**
 * Filters that are sets of service ids (words, category, audience, need), intersected before any
 * service row is read: each comes from its own index, and the intersection is usually small. With any of the
 * words (`matchAll` false) the words' set is `word_score`.
 */
function idSets(r: ResolvedSearch): Prisma.Sql[] {
  const sets: Prisma.Sql[] = [];
  // First, so that candidatesCte can set the words apart when it scores them.
  if (r.words.length)
    sets.push(
      r.matchAll
        ? Prisma.sql`SELECT id FROM (${Prisma.join(r.words.map(wordMatch), " INTERSECT ")}) w(id)`
        : Prisma.sql`SELECT id FROM word_score`,
    );
  if (r.categories.length)
    sets.push(
      Prisma.sql`SELECT a.service_id FROM attribute a WHERE a.service_id IS NOT NULL AND a.taxonomy_term_id IN ${termIds("category", r.categories)}`,
    );
  if (r.audiences.length)
    sets.push(
      Prisma.sql`SELECT a.service_id FROM attribute a WHERE a.service_id IS NOT NULL AND a.taxonomy_term_id IN ${termIds("audience", r.audiences)}`,
    );
  if (r.needs.length)
    sets.push(
      Prisma.sql`SELECT a.service_id FROM attribute a WHERE a.service_id IS NOT NULL AND a.taxonomy_term_id IN ${termIds("need", r.needs)}`,
    );
  return sets;
}

/**
 * With any of the words: each matching service scored by the words it has, a rare word counting more than a
 * common one (1 / ln(e + services with it)), so "knitting group" puts the knitting before 400 scout groups.
 */
function wordScoreCtes(r: ResolvedSearch): Prisma.Sql {
  if (r.matchAll || !r.words.length) return Prisma.empty;
  const hits = Prisma.join(
    r.words.map((w, i) => Prisma.sql`SELECT id, ${i}::int AS i FROM ${wordMatch(w)} m${Prisma.raw(String(i))}(id)`),
    " UNION ALL ",
  );
  return Prisma.sql`word_hits(id, i) AS (${hits}),
    word_score(id, score) AS (SELECT h.id, sum(1 / ln(exp(1) + d.n))::float8 FROM word_hits h
      JOIN (SELECT i, count(*) AS n FROM word_hits GROUP BY i) d ON d.i = h.i GROUP BY h.id),`;
}

/**
 * `candidates AS (…),` for the statement's WITH (ids and, with any of the words, their score), or nothing when
 * no filter is a set of ids.
 */
export function candidatesCte(r: ResolvedSearch): Prisma.Sql {
  const sets = idSets(r);
  if (!sets.length) return Prisma.empty;
  if (r.matchAll || !r.words.length)
    return Prisma.sql`candidates(id, score) AS (SELECT x.id, 0::float8 FROM (${Prisma.join(sets, " INTERSECT ")}) x(id)),`;
  const others = sets.slice(1);
  const where = others.length ? Prisma.sql`WHERE ws.id IN (${Prisma.join(others, " INTERSECT ")})` : Prisma.empty;
  return Prisma.sql`${wordScoreCtes(r)} candidates(id, score) AS (SELECT ws.id, ws.score FROM word_score ws ${where}),`;
}

/**
 * Relevance: full-text rank over any of the words and their synonyms (name counts more than description); with
 * any of the words, the candidates' word score (`c`, from `serviceSource`).
 */
export function rankSql(r: ResolvedSearch): Prisma.Sql {
  if (r.words.length === 0) return Prisma.sql`0::float4`;
  if (!r.matchAll) return Prisma.sql`c.score`;
  const typed = Prisma.sql`ts_rank(s.search_vector, ${Prisma.join(
    r.words.map((w) => Prisma.sql`plainto_tsquery('english', ${w})`),
    " || ",
  )})`;
  if (r.words.every((w) => expandSearchWord(w).length === 1)) return typed;
  // The words typed count double: "museum" puts museums before the galleries its synonyms also find.
  return Prisma.sql`(2 * ${typed} + ts_rank(s.search_vector, ${Prisma.join(r.words.map(wordQuery), " || ")}))`;
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

/**
 * Conditions on the service `s` (everything but geography and the fact filters of search-facts-sql.ts);
 * `inCandidates` when `s` does not come from them.
 */
export function serviceConditions(r: ResolvedSearch, options: { inCandidates: boolean } = { inCandidates: false }): Prisma.Sql[] {
  const out: Prisma.Sql[] = [Prisma.sql`s.listing_status = 'published'`];
  if (options.inCandidates && idSets(r).length) out.push(Prisma.sql`s.id IN (SELECT id FROM candidates)`);
  if (r.age !== null) out.push(Prisma.sql`coalesce(s.minimum_age, 0) <= ${r.age}::int AND coalesce(s.maximum_age, 120) >= ${r.age}::int`);
  if (r.attendance.length) out.push(Prisma.sql`s.attending_types && ${r.attendance}::attending_type[]`);
  if (r.verifiedOnly) out.push(Prisma.sql`s.verified_at IS NOT NULL`);
  return out;
}

/** Every accessibility feature asked for, on the service `s` or on one of its venues. */
export function accessibilityMatch(r: ResolvedSearch): Prisma.Sql {
  return Prisma.sql`(SELECT count(DISTINCT a.taxonomy_term_id) FROM attribute a
      WHERE a.taxonomy_term_id IN ${termIds("accessibility", r.accessibility)}
        AND (a.service_id = s.id OR a.location_id IN (SELECT x.location_id FROM service_at_location x WHERE x.service_id = s.id))) = ${r.accessibility.length}`;
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
