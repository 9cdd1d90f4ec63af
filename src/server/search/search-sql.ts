import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { and, hasGeoFilter, type ResolvedSearch } from "./search-filters-sql";
import { areaConditions, entryConditions, indexDistance, indexRank, wordScoreCte } from "./search-index-sql";
import { factColumns, factConditions, factKeys } from "./search-facts-sql";

// The search as one SQL statement (one round trip) on the search index (search_entry, ADR 0018): the total, the
// fact groups' counts, one page of results, the points for the map and, near a postcode with nothing found, how
// many there are further out. See docs/decisions/0010-search.md. `hits` holds every match (one per service) with
// its sort keys and the venue it is shown at; only the rows shown and mapped are ordered (a top-N sort), the
// total is a count. Only the page's rows are then read from the base tables, for what the list shows.
//
// - With an area: the rows of venues in it (the index on the point, place or ward), each service's nearest;
//   a venue counts only where the activity happens, which the index already holds. Online or phone
//   activities with no venue match any area when the search asks for online or phone.
// - Without one: slot 0, one row per service (its first venue where the activity happens, or none).
// Fact filters (free, day/time, accessibility, how to join) keep listings that do not state the fact, after the
// stated matches (`k_unstated` leads the order), and count each group (search-facts-sql.ts).

export type Paging = {
  offset: number;
  limit: number;
  points: number;
  /** Radii (metres) to count matches within when there are none: "no results within 2 km; 7 within 5 km". */
  widerM?: number[];
};

const WORD_SCORE_JOIN = (r: ResolvedSearch) =>
  !r.matchAll && r.words.length ? Prisma.sql`JOIN word_score ws ON ws.id = e.service_id` : Prisma.empty;

/** The matching rows with the fact columns; stated mismatches of a fact filter left out by the caller. */
function matchingRows(r: ResolvedSearch): Prisma.Sql {
  const service = entryConditions(r);
  let where: Prisma.Sql[];
  if (!hasGeoFilter(r)) where = [Prisma.sql`e.slot = 0`, ...service];
  else {
    const venue = Prisma.sql`(${and(areaConditions(r))})`;
    const remote = r.attendance.some((a) => a === "online" || a === "phone")
      ? Prisma.sql` OR (e.location_id IS NULL AND e.venue_count = 0 AND e.attending_types && '{online,phone}'::attending_type[])`
      : Prisma.empty;
    where = [Prisma.sql`(${venue}${remote})`, ...service];
  }
  // OFFSET 0: computed once per row, not copied into every place a column is used.
  return Prisma.sql`(SELECT e.service_id, e.location_id, e.lat, e.lng, e.place_code, e.ward_code, e.stale, e.verified, e.name,
      ${indexDistance(r)} AS distance_m, ${indexRank(r)} AS k_rank, ${factColumns(r)}
      FROM search_entry e ${WORD_SCORE_JOIN(r)} WHERE ${and(where)} OFFSET 0) m`;
}

function hitsCte(name: string, r: ResolvedSearch): Prisma.Sql {
  const facts = factConditions(r);
  const where = facts.length ? Prisma.sql`WHERE ${and(facts)}` : Prisma.empty;
  const pick = hasGeoFilter(r) ? Prisma.sql`DISTINCT ON (m.service_id)` : Prisma.empty;
  const order = hasGeoFilter(r) ? Prisma.sql`ORDER BY m.service_id, m.distance_m NULLS LAST, m.location_id` : Prisma.empty;
  return Prisma.sql`${Prisma.raw(name)} AS (
    SELECT ${pick} m.service_id AS id, m.location_id, m.lat, m.lng, m.place_code, m.ward_code, m.distance_m,
           m.stale AS k_stale, NOT m.verified AS k_unverified, m.k_rank, m.name AS k_name,
           m.fs_cost, m.fs_schedule, m.fs_accessibility, m.fs_access, ${factKeys(r)}
      FROM ${matchingRows(r)} ${where} ${order})`;
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

/** The rows to show (map points and the page), numbered. */
function located(r: ResolvedSearch, p: Paging): Prisma.Sql {
  const keep = Math.max(p.points, p.offset + p.limit);
  return Prisma.sql`located AS (SELECT r.* FROM (
      SELECT t.*, row_number() OVER (ORDER BY ${orderSql(r)}) AS position
        FROM (SELECT * FROM hits ORDER BY ${orderSql(r)} LIMIT ${keep}::int) t) r
     WHERE r.position <= ${p.points}::int OR (r.position > ${p.offset}::int AND r.position <= ${p.offset + p.limit}::int))`;
}

/**
 * How many match within each of `widerM`, from the widest radius: only run when nothing matched (a subquery in
 * a CASE branch that is not taken is never run).
 */
function widerSql(r: ResolvedSearch, p: Paging): { cte: Prisma.Sql; column: Prisma.Sql } {
  if (!p.widerM?.length || !r.origin || r.radiusM === null || r.bbox) return { cte: Prisma.empty, column: Prisma.sql`NULL::int[]` };
  const widest = { ...r, radiusM: Math.max(...p.widerM), bbox: null };
  const counts = Prisma.join(
    p.widerM.map((m) => Prisma.sql`count(*) FILTER (WHERE distance_m <= ${m}::float8)::int`),
    ", ",
  );
  return {
    cte: Prisma.sql`, ${hitsCte("wide_hits", widest)}`,
    column: Prisma.sql`CASE WHEN c.total = 0 THEN (SELECT ARRAY[${counts}] FROM wide_hits) END`,
  };
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
  const wider = widerSql(r, p);
  // The any-of-the-words score is over every listing with a word, wherever it is (a word's rarity).
  const scores = wordScoreCte(r);
  return Prisma.sql`WITH ${scores} ${hitsCte("hits", r)}, ${located(r, p)} ${wider.cte}
  SELECT c.total, c.confirmed, c.stated, ${wider.column} AS wider,
         coalesce((SELECT json_agg(json_build_array(x.id, x.lat, x.lng, x.k_name, round(x.distance_m)) ORDER BY x.position)
                     FROM located x WHERE x.position <= ${p.points}::int AND x.lat IS NOT NULL), '[]') AS points,
         coalesce((SELECT json_agg(row_to_json(page) ORDER BY page.position) FROM (${PAGE_ROW}
                    WHERE x.position > ${p.offset}::int AND x.position <= ${p.offset + p.limit}::int) page), '[]') AS rows
    FROM (SELECT count(*)::int AS total, count(*) FILTER (WHERE NOT k_unstated)::int AS stated,
                 count(*) FILTER (WHERE NOT k_unstated AND k_confirmed)::int AS confirmed FROM hits) c`;
}
