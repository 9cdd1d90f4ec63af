import "server-only";
import { Prisma } from "@/generated/prisma/client";
import {
  and,
  distanceSql,
  hasGeoFilter,
  publicLat,
  publicLng,
  rankSql,
  serviceConditions,
  textMatchSql,
  venueConditions,
  type ResolvedSearch,
} from "./search-filters-sql";

// The search as one SQL statement (one round trip): matching services, their order, the total, one page of
// results with what the list shows, and the points for the map. See docs/decisions/0010-search.md.
//
// With a geographic filter the query starts from the venues (GiST radius / btree map area / place / ward) and
// keeps each service's nearest matching venue; services that have no venue but can be joined online or by
// phone match any area. Without one it starts from the services and looks up a venue only for the rows shown.

export type Paging = { offset: number; limit: number; points: number };

const REMOTE = Prisma.sql`s.attending_types && '{online,phone}'::attending_type[]
  AND NOT EXISTS (SELECT 1 FROM service_at_location x WHERE x.service_id = s.id)`;

function withText(r: ResolvedSearch): Prisma.Sql {
  const text = textMatchSql(r);
  return text ? Prisma.sql`text_match AS (${text}),` : Prisma.empty;
}

function geoHits(r: ResolvedSearch): Prisma.Sql {
  const services = and(serviceConditions(r));
  return Prisma.sql`hits AS (
    (SELECT DISTINCT ON (s.id) s.id, l.id AS location_id, ${publicLat} AS lat, ${publicLng} AS lng,
            l.place_code, l.ward_code, ${distanceSql(r)} AS distance_m
       FROM location l
       JOIN service_at_location sal ON sal.location_id = l.id
       JOIN service s ON s.id = sal.service_id
      WHERE ${and(venueConditions(r))} AND ${services}
      ORDER BY s.id, distance_m NULLS LAST, l.id)
    UNION ALL
    SELECT s.id, NULL::uuid, NULL::float8, NULL::float8, NULL::varchar, NULL::varchar, NULL::float8
      FROM service s WHERE ${REMOTE} AND ${services}
  )`;
}

function serviceHits(r: ResolvedSearch): Prisma.Sql {
  return Prisma.sql`hits AS (
    SELECT s.id, NULL::uuid AS location_id, NULL::float8 AS lat, NULL::float8 AS lng,
           NULL::varchar AS place_code, NULL::varchar AS ward_code, NULL::float8 AS distance_m
      FROM service s WHERE ${and(serviceConditions(r))}
  )`;
}

/** Stale listings last; then distance (with a postcode) or relevance (with words); verified first among equals. */
function orderSql(r: ResolvedSearch): Prisma.Sql {
  const rank = rankSql(r);
  if (r.origin) return Prisma.sql`s.stale_since IS NOT NULL, h.distance_m NULLS LAST, s.verified_at IS NULL, ${rank} DESC, s.name, s.id`;
  if (r.words.length) return Prisma.sql`s.stale_since IS NOT NULL, ${rank} DESC, s.verified_at IS NULL, s.name, s.id`;
  return Prisma.sql`s.stale_since IS NOT NULL, s.verified_at IS NULL, s.name, s.id`;
}

/** Rows to show: the map's points and the requested page. */
function located(r: ResolvedSearch, p: Paging): Prisma.Sql {
  const wanted = Prisma.sql`(r.position <= ${p.points}::int OR (r.position > ${p.offset}::int AND r.position <= ${p.offset + p.limit}::int))`;
  if (hasGeoFilter(r)) return Prisma.sql`located AS (SELECT r.* FROM ranked r WHERE ${wanted})`;
  return Prisma.sql`located AS (
    SELECT r.id, r.position, v.location_id, v.lat, v.lng, v.place_code, v.ward_code, r.distance_m
      FROM ranked r
      LEFT JOIN LATERAL (
        SELECT l.id AS location_id, ${publicLat} AS lat, ${publicLng} AS lng, l.place_code, l.ward_code
          FROM service_at_location sal JOIN location l ON l.id = sal.location_id
         WHERE sal.service_id = r.id ORDER BY l.lat IS NULL, l.id LIMIT 1) v ON true
     WHERE ${wanted})`;
}

const PAGE_ROW = Prisma.sql`
  SELECT x.id, x.position, s.name, left(s.description, 300) AS description, x.distance_m AS "distanceM",
         x.lat, x.lng, s.verified_at AS "verifiedAt", s.stale_since AS "staleSince", s.status::text AS status,
         s.is_free AS "isFree", s.fees, s.attending_types AS "attendingTypes", s.access_types AS "accessTypes",
         s.minimum_age AS "minimumAge", s.maximum_age AS "maximumAge", w.name AS "wardName", pl.name AS "placeName",
         (SELECT count(*) FROM service_at_location c WHERE c.service_id = x.id)::int AS "venueCount",
         coalesce((SELECT array_agg(t.code ORDER BY t.sort_order) FROM attribute a
                     JOIN taxonomy_term t ON t.id = a.taxonomy_term_id JOIN taxonomy tx ON tx.id = t.taxonomy_id
                    WHERE a.service_id = x.id AND tx.slug = 'category'), '{}') AS categories,
         coalesce((SELECT json_agg(json_build_object('freq', sc.freq, 'interval', sc.interval, 'byDay', sc.by_day,
                     'dtstart', sc.dtstart, 'validFrom', sc.valid_from, 'validTo', sc.valid_to,
                     'opensAt', sc.opens_at, 'closesAt', sc.closes_at)) FROM schedule sc WHERE sc.service_id = x.id), '[]') AS sessions
    FROM located x JOIN service s ON s.id = x.id
    LEFT JOIN ward w ON w.code = x.ward_code LEFT JOIN place pl ON pl.code = x.place_code`;

export function buildSearchSql(r: ResolvedSearch, p: Paging): Prisma.Sql {
  return Prisma.sql`WITH ${withText(r)}
  ${hasGeoFilter(r) ? geoHits(r) : serviceHits(r)},
  ranked AS (
    SELECT h.*, row_number() OVER (ORDER BY ${orderSql(r)}) AS position, count(*) OVER () AS total
      FROM hits h JOIN service s ON s.id = h.id
  ),
  ${located(r, p)}
  SELECT coalesce((SELECT total FROM ranked LIMIT 1), 0)::int AS total,
         coalesce((SELECT json_agg(json_build_array(x.id, x.lat, x.lng, s.name, round(x.distance_m)) ORDER BY x.position)
                     FROM located x JOIN service s ON s.id = x.id
                    WHERE x.position <= ${p.points}::int AND x.lat IS NOT NULL), '[]') AS points,
         coalesce((SELECT json_agg(row_to_json(page) ORDER BY page.position) FROM (${PAGE_ROW}
                    WHERE x.position > ${p.offset}::int AND x.position <= ${p.offset + p.limit}::int) page), '[]') AS rows`;
}

/** How many services match within each of `radiiM` (for "no results within 2 km; 7 within 5 km"). */
export function buildRadiusCountsSql(r: ResolvedSearch, radiiM: number[]): Prisma.Sql {
  const widest = { ...r, radiusM: Math.max(...radiiM), bbox: null };
  const counts = Prisma.join(radiiM.map((m) => Prisma.sql`count(*) FILTER (WHERE distance_m <= ${m}::float8)::int`), ", ");
  return Prisma.sql`WITH ${withText(widest)} ${geoHits(widest)} SELECT ARRAY[${counts}] AS counts FROM hits`;
}
