import "server-only";
import { Prisma } from "@/generated/prisma/client";
import {
  and,
  candidatesCte,
  distanceSql,
  hasGeoFilter,
  hasSelectiveServiceFilter,
  hostsActivity,
  publicLat,
  publicLng,
  rankSql,
  serviceConditions,
  serviceSource,
  venueConditions,
  type ResolvedSearch,
} from "./search-filters-sql";
import { FACT_COLUMNS, factConditions, factKeys, factLaterals } from "./search-facts-sql";

// The search as one SQL statement (one round trip): the total, one page of results with what the list shows,
// and the points for the map. See docs/decisions/0010-search.md. `hits` holds every match with its sort keys
// and nearest matching venue; only the rows shown and mapped are ordered (a top-N sort), the total is a count.
//
// Which side the query starts from is chosen here, not left to the planner (whose row estimate for the
// earthdistance box is a fixed guess, far off in a dense city):
// - selective service filters (words, category, audience, accessibility, day/time, verified): start from the
//   matching services (their indexes) and look up each one's nearest venue inside the area;
// - a venue counts only where the activity happens (`hostsActivity`: one that hosts a session, or every venue
//   when the sessions name none), for the area, the distance and the map point;
// - otherwise, with an area: start from the venues (GiST radius / btree map area / place / ward);
// - no area: start from the services and look up a venue only for the rows shown.
// Online or phone activities with no venue match any area when the search asks for online or phone.
// Fact filters (free, day/time, accessibility, how to join) keep listings that do not state the fact, after the
// stated matches (`k_unstated` leads the order), and count each group (search-facts-sql.ts).

export type Paging = { offset: number; limit: number; points: number };

const KEYS = (r: ResolvedSearch) =>
  Prisma.sql`s.stale_since IS NOT NULL AS k_stale, s.verified_at IS NULL AS k_unverified, ${rankSql(r)} AS k_rank, s.name AS k_name, ${factKeys(r)}`;

/** Everything asked of the service `s`; the fact filters need `factLaterals(r)` in the FROM list. */
const conditions = (r: ResolvedSearch, options?: { inCandidates: boolean }) =>
  and([...serviceConditions(r, options), ...factConditions(r)]);
const NO_VENUE = Prisma.sql`NULL::uuid AS location_id, NULL::float8 AS lat, NULL::float8 AS lng, NULL::varchar AS place_code, NULL::varchar AS ward_code`;
const VENUE = Prisma.sql`l.id AS location_id, ${publicLat} AS lat, ${publicLng} AS lng, l.place_code, l.ward_code`;

function remoteHits(r: ResolvedSearch): Prisma.Sql {
  if (!r.attendance.some((a) => a === "online" || a === "phone")) return Prisma.empty;
  return Prisma.sql`UNION ALL
    SELECT s.id, ${NO_VENUE}, NULL::float8 AS distance_m, ${KEYS(r)} FROM ${serviceSource(r)} ${factLaterals(r)}
     WHERE s.attending_types && '{online,phone}'::attending_type[]
       AND NOT EXISTS (SELECT 1 FROM service_at_location x WHERE x.service_id = s.id) AND ${conditions(r)}`;
}

function venueFirstHits(r: ResolvedSearch): Prisma.Sql {
  return Prisma.sql`hits AS (
    (SELECT DISTINCT ON (s.id) s.id, ${VENUE}, ${distanceSql(r)} AS distance_m, ${KEYS(r)}
       FROM location l
       JOIN service_at_location sal ON sal.location_id = l.id
       JOIN service s ON s.id = sal.service_id ${factLaterals(r)}
      WHERE ${and(venueConditions(r, { indexed: true }))} AND ${hostsActivity} AND ${conditions(r, { inCandidates: true })}
      ORDER BY s.id, distance_m NULLS LAST, l.id)
    ${remoteHits(r)}
  )`;
}

function serviceFirstHits(r: ResolvedSearch): Prisma.Sql {
  return Prisma.sql`hits AS (
    SELECT s.id, v.location_id, v.lat, v.lng, v.place_code, v.ward_code, v.distance_m, ${KEYS(r)}
      FROM ${serviceSource(r)}
      CROSS JOIN LATERAL (
        SELECT ${VENUE}, ${distanceSql(r)} AS distance_m
          FROM service_at_location sal JOIN location l ON l.id = sal.location_id
         WHERE sal.service_id = s.id AND ${hostsActivity} AND ${and(venueConditions(r, { indexed: false }))}
         ORDER BY distance_m NULLS LAST, l.id LIMIT 1) v ${factLaterals(r)}
     WHERE ${conditions(r)}
    ${remoteHits(r)}
  )`;
}

function anywhereHits(r: ResolvedSearch): Prisma.Sql {
  return Prisma.sql`hits AS (SELECT s.id, ${NO_VENUE}, NULL::float8 AS distance_m, ${KEYS(r)} FROM ${serviceSource(r)} ${factLaterals(r)} WHERE ${conditions(r)})`;
}

function hitsSql(r: ResolvedSearch): Prisma.Sql {
  if (!hasGeoFilter(r)) return anywhereHits(r);
  return hasSelectiveServiceFilter(r) ? serviceFirstHits(r) : venueFirstHits(r);
}

/**
 * Stated matches of the fact filters before the not stated; then stale last; then distance (with a postcode) or
 * relevance (with words); verified first among equals; name.
 */
function orderSql(r: ResolvedSearch): Prisma.Sql {
  // With any of the words, those with more (and rarer) of them first, then the nearest.
  if (r.words.length && !r.matchAll)
    return Prisma.sql`k_unstated, k_unknowns, k_stale, k_rank DESC, distance_m NULLS LAST, k_unverified, k_name, id`;
  if (r.origin) return Prisma.sql`k_unstated, k_unknowns, k_stale, distance_m NULLS LAST, k_unverified, k_rank DESC, k_name, id`;
  if (r.words.length) return Prisma.sql`k_unstated, k_unknowns, k_stale, k_rank DESC, k_unverified, k_name, id`;
  return Prisma.sql`k_unstated, k_unknowns, k_stale, k_unverified, k_name, id`;
}

/** The rows to show (map points and the page), numbered, with a venue looked up where `hits` has none. */
function located(r: ResolvedSearch, p: Paging): Prisma.Sql {
  const keep = Math.max(p.points, p.offset + p.limit);
  const ranked = Prisma.sql`SELECT t.*, row_number() OVER (ORDER BY ${orderSql(r)}) AS position
    FROM (SELECT * FROM hits ORDER BY ${orderSql(r)} LIMIT ${keep}::int) t`;
  const wanted = Prisma.sql`(r.position <= ${p.points}::int OR (r.position > ${p.offset}::int AND r.position <= ${p.offset + p.limit}::int))`;
  if (hasGeoFilter(r)) return Prisma.sql`located AS (SELECT r.* FROM (${ranked}) r WHERE ${wanted})`;
  return Prisma.sql`located AS (
    SELECT r.id, r.position, r.k_name, ${FACT_COLUMNS}, v.location_id, v.lat, v.lng, v.place_code, v.ward_code, r.distance_m
      FROM (${ranked}) r
      LEFT JOIN LATERAL (
        SELECT ${VENUE} FROM service_at_location sal JOIN location l ON l.id = sal.location_id
         WHERE sal.service_id = r.id AND ${hostsActivity} ORDER BY l.lat IS NULL, l.id LIMIT 1) v ON true
     WHERE ${wanted})`;
}

const PAGE_ROW = Prisma.sql`
  SELECT x.id, x.position, s.name, left(s.description, 300) AS description, x.distance_m AS "distanceM",
         x.lat, x.lng, s.verified_at AS "verifiedAt", s.stale_since AS "staleSince", s.status::text AS status,
         s.is_free AS "isFree", s.fees, s.attending_types AS "attendingTypes", s.access_types AS "accessTypes",
         s.minimum_age AS "minimumAge", s.maximum_age AS "maximumAge", w.name AS "wardName", pl.name AS "placeName",
         json_build_object('cost', x.fs_cost, 'schedule', x.fs_schedule, 'accessibility', x.fs_accessibility, 'access', x.fs_access) AS "factStates",
         coalesce((SELECT json_agg(json_build_object('fact', f.fact, 'state', f.state, 'sources', f.sources, 'kindOfPlace', f.kind_of_place,
                     'note', f.note, 'confirmedAt', f.confirmed_at)) FROM service_fact f
                    WHERE f.service_id = x.id AND f.fact IN ('cost', 'schedule', 'accessibility', 'access', 'contact')), '[]') AS "factRows",
         (SELECT p.number FROM phone p LEFT JOIN contact ct ON ct.id = p.contact_id
           WHERE p.service_id = x.id OR ct.service_id = x.id ORDER BY p.contact_id IS NOT NULL, p.id LIMIT 1) AS phone,
         coalesce(s.email, (SELECT ct.email FROM contact ct WHERE ct.service_id = x.id AND ct.email IS NOT NULL ORDER BY ct.id LIMIT 1)) AS email,
         s.url AS website,
         coalesce((SELECT array_agg(DISTINCT t.code) FROM attribute a JOIN taxonomy_term t ON t.id = a.taxonomy_term_id
                     JOIN taxonomy tx ON tx.id = t.taxonomy_id
                    WHERE tx.slug = 'accessibility' AND (a.service_id = x.id OR a.location_id = x.location_id)), '{}') AS accessibility,
         (SELECT count(*) FROM service_at_location c WHERE c.service_id = x.id)::int AS "venueCount",
         coalesce((SELECT array_agg(t.code ORDER BY t.sort_order) FROM attribute a
                     JOIN taxonomy_term t ON t.id = a.taxonomy_term_id JOIN taxonomy tx ON tx.id = t.taxonomy_id
                    WHERE a.service_id = x.id AND tx.slug = 'category'), '{}') AS categories,
         coalesce((SELECT json_agg(json_build_object('freq', sc.freq, 'interval', sc.interval, 'byDay', sc.by_day, 'weekOfMonth', sc.week_of_month,
                     'dtstart', sc.dtstart, 'validFrom', sc.valid_from, 'validTo', sc.valid_to,
                     'opensAt', sc.opens_at, 'closesAt', sc.closes_at)) FROM schedule sc WHERE sc.service_id = x.id), '[]') AS sessions
    FROM located x JOIN service s ON s.id = x.id
    LEFT JOIN ward w ON w.code = x.ward_code LEFT JOIN place pl ON pl.code = x.place_code`;

export function buildSearchSql(r: ResolvedSearch, p: Paging): Prisma.Sql {
  return Prisma.sql`WITH ${candidatesCte(r)} ${hitsSql(r)}, ${located(r, p)}
  SELECT c.total, c.confirmed, c.stated, coalesce((SELECT json_agg(json_build_array(x.id, x.lat, x.lng, x.k_name, round(x.distance_m)) ORDER BY x.position)
                     FROM located x WHERE x.position <= ${p.points}::int AND x.lat IS NOT NULL), '[]') AS points,
         coalesce((SELECT json_agg(row_to_json(page) ORDER BY page.position) FROM (${PAGE_ROW}
                    WHERE x.position > ${p.offset}::int AND x.position <= ${p.offset + p.limit}::int) page), '[]') AS rows
    FROM (SELECT count(*)::int AS total, count(*) FILTER (WHERE NOT k_unstated)::int AS stated,
                 count(*) FILTER (WHERE NOT k_unstated AND k_confirmed)::int AS confirmed FROM hits) c`;
}

/** How many services match within each of `radiiM` (for "no results within 2 km; 7 within 5 km"). */
export function buildRadiusCountsSql(r: ResolvedSearch, radiiM: number[]): Prisma.Sql {
  const widest = { ...r, radiusM: Math.max(...radiiM), bbox: null };
  const counts = Prisma.join(
    radiiM.map((m) => Prisma.sql`count(*) FILTER (WHERE distance_m <= ${m}::float8)::int`),
    ", ",
  );
  return Prisma.sql`WITH ${candidatesCte(widest)} ${hitsSql(widest)} SELECT ARRAY[${counts}] AS counts FROM hits`;
}
