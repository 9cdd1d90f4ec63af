import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { fail, ok, type Result } from "@/lib/result";
import { searchWords } from "@/lib/search/search-words";
import type { ServicesQuery } from "@/lib/validation/oruk-query";
import type { OrukPage, OrukServiceSummary } from "@/lib/validation/oruk-records";
import { prisma, type Db } from "@/server/db/client";
import { correctSearchWords } from "@/server/search/correct-search-words";
import {
  and,
  candidatesCte,
  distanceSql,
  hasGeoFilter,
  hostsActivity,
  rankSql,
  serviceConditions,
  serviceSource,
  sessionCondition,
  venueConditions,
  type ResolvedSearch,
} from "@/server/search/search-filters-sql";
import { inOrder, offsetOf, pageRequest, toPage } from "./paging";
import { resolveNear } from "./resolve-near";
import { toOrukServiceSummary } from "./to-oruk-records";

// GET /api/v1/services. The filters are the directory's own search filters (src/server/search/), so `search`
// is the same typo-tolerant text search as /search, and a hidden address is measured from its rounded point.
// Unlike /search, an API filter is strict: `day` keeps only services with a session that day (the search page
// also shows, after them, listings that do not say when they are on).

const ISO_DOW: Record<string, number> = { MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6, SU: 7 };

export async function findServices(
  options: { query: ServicesQuery },
  db: Db = prisma,
): Promise<Result<OrukPage<OrukServiceSummary>, "bad_request">> {
  const q = options.query;
  const near = await resolveNear(q, db);
  if (!near.ok) return near;
  if (q.ward && !(await db.ward.findUnique({ where: { code: q.ward }, select: { code: true } })))
    return fail("bad_request", "ward is not a West Yorkshire ward we know", { ward: "ward is not a West Yorkshire ward we know" });
  const words = q.search ? (await correctSearchWords(searchWords(q.search), db)).words : [];
  const r: ResolvedSearch = {
    ...near.value,
    bbox: null,
    placeCode: q.place ?? null,
    wardCode: q.ward ?? null,
    words,
    matchAll: true,
    categories: [],
    audiences: [],
    needs: [],
    accessibility: [],
    attendance: [],
    access: [],
    day: q.day ? { code: q.day, isoDow: ISO_DOW[q.day]! } : null,
    time: null,
    free: false,
    age: null,
    verifiedOnly: false,
  };
  const paging = pageRequest(q);

  // With an area and no words, start from the venues in it (the radius through the GiST index of
  // location_earth_idx), as /search does: a few thousand venues rather than a look-up per service. The nearest
  // venue in the area is the nearest of all its venues, so the distance is the same either way.
  const venueFirst = hasGeoFilter(r) && !r.words.length;
  const conditions = [...serviceConditions(r)];
  if (hasGeoFilter(r) && !venueFirst)
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM service_at_location sal JOIN location l ON l.id = sal.location_id
      WHERE sal.service_id = s.id AND ${hostsActivity} AND ${and(venueConditions(r, { indexed: false }))})`);
  if (q.day || q.start_time !== undefined || q.end_time !== undefined) {
    const session = [sessionCondition(r)];
    if (q.start_time !== undefined) session.push(Prisma.sql`sc.opens_at >= ${q.start_time}::int`);
    if (q.end_time !== undefined) session.push(Prisma.sql`coalesce(sc.closes_at, sc.opens_at) <= ${q.end_time}::int`);
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM schedule sc WHERE sc.service_id = s.id AND ${and(session)})`);
  }
  const onServiceOrVenue = Prisma.sql`(a.service_id = s.id OR a.location_id IN (SELECT x.location_id FROM service_at_location x WHERE x.service_id = s.id))`;
  if (q.taxonomy_term_id)
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM attribute a WHERE a.taxonomy_term_id = ${q.taxonomy_term_id}::uuid AND ${onServiceOrVenue})`,
    );
  if (q.taxonomy_id)
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM attribute a JOIN taxonomy_term t ON t.id = a.taxonomy_term_id
      WHERE t.taxonomy_id = ${q.taxonomy_id}::uuid AND ${onServiceOrVenue})`);
  if (q.minimum_age !== undefined) conditions.push(Prisma.sql`s.minimum_age >= ${q.minimum_age}::int`);
  if (q.maximum_age !== undefined) conditions.push(Prisma.sql`s.maximum_age <= ${q.maximum_age}::int`);
  if (q.modified_after) conditions.push(Prisma.sql`s.updated_at > ${q.modified_after}::timestamptz`);

  // Nearest first near a postcode, best match first with words, then by name; the id makes pages stable.
  const distance = venueFirst
    ? Prisma.sql`v.distance_m`
    : r.origin
      ? Prisma.sql`(SELECT min(${distanceSql(r)}) FROM service_at_location sal JOIN location l ON l.id = sal.location_id
        WHERE sal.service_id = s.id AND l.lat IS NOT NULL AND ${hostsActivity})`
      : Prisma.sql`NULL::float8`;
  // Sorted straight from m with the LIMIT, so Postgres keeps only the page's rows (a top-N sort), not every match.
  const order = Prisma.sql`distance_m NULLS LAST, rank DESC, name, id`;
  const rows = await db.$queryRaw<Array<{ total: number; ids: string[] }>>(Prisma.sql`
    WITH ${candidatesCte(r)} m AS MATERIALIZED (
      SELECT s.id, s.name, ${rankSql(r)} AS rank, ${distance} AS distance_m FROM ${venueFirst ? venuesIn(r) : serviceSource(r)} WHERE ${and(conditions)})
    SELECT (SELECT count(*)::int FROM m) AS total,
      coalesce((SELECT json_agg(p.id ORDER BY ${order}) FROM (
        SELECT * FROM m ORDER BY ${order} LIMIT ${paging.perPage}::int OFFSET ${offsetOf(paging)}::int) p), '[]'::json) AS ids`);
  const { total, ids } = rows[0]!;
  const services = await db.service.findMany({ where: { id: { in: ids }, listingStatus: "published" }, include: { organisation: true } });
  return ok(toPage(inOrder(ids, services).map(toOrukServiceSummary), total, paging));
}

/** The services with a venue in the area where the activity happens, each with its nearest such venue's distance. */
function venuesIn(r: ResolvedSearch): Prisma.Sql {
  return Prisma.sql`(SELECT sal.service_id AS id, min(${distanceSql(r)}) AS distance_m
      FROM location l JOIN service_at_location sal ON sal.location_id = l.id
     WHERE ${and(venueConditions(r, { indexed: true }))} AND ${hostsActivity} GROUP BY sal.service_id) v
    JOIN service s ON s.id = v.id`;
}
