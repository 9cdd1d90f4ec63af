import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { fail, ok, type Result } from "@/lib/result";
import { searchWords } from "@/lib/search/search-words";
import type { ServicesQuery } from "@/lib/validation/oruk-query";
import type { OrukPage, OrukServiceSummary } from "@/lib/validation/oruk-records";
import { prisma, type Db } from "@/server/db/client";
import { correctSearchWords } from "@/server/search/correct-search-words";
import { wordQueriesFor } from "@/server/search/word-queries";
import { and, hasGeoFilter, sessionCondition, type ResolvedSearch } from "@/server/search/search-filters-sql";
import { areaConditions, entryConditions, indexDistance, indexRank } from "@/server/search/search-index-sql";
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
    wordQueries: await wordQueriesFor(words, db),
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

  // On the search index (ADR 0018): with an area, the rows of venues in it; without, one row per service.
  const geo = hasGeoFilter(r);
  const conditions = [...entryConditions(r), ...(geo ? areaConditions(r) : [Prisma.sql`e.slot = 0`])];
  if (q.day || q.start_time !== undefined || q.end_time !== undefined) {
    const session = [sessionCondition(r)];
    if (q.start_time !== undefined) session.push(Prisma.sql`sc.opens_at >= ${q.start_time}::int`);
    if (q.end_time !== undefined) session.push(Prisma.sql`coalesce(sc.closes_at, sc.opens_at) <= ${q.end_time}::int`);
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM unnest(e.session_days, e.session_starts, e.session_valid_to, e.session_opens, e.session_closes)
      AS sc(by_day, dtstart, valid_to, opens_at, closes_at) WHERE ${and(session)})`);
  }
  // Terms on the service or on any of its venues.
  if (q.taxonomy_term_id) conditions.push(Prisma.sql`e.term_ids @> ARRAY[${q.taxonomy_term_id}::uuid]`);
  if (q.taxonomy_id) conditions.push(Prisma.sql`e.taxonomy_ids @> ARRAY[${q.taxonomy_id}::uuid]`);
  if (q.minimum_age !== undefined) conditions.push(Prisma.sql`e.minimum_age >= ${q.minimum_age}::int`);
  if (q.maximum_age !== undefined) conditions.push(Prisma.sql`e.maximum_age <= ${q.maximum_age}::int`);
  if (q.modified_after) conditions.push(Prisma.sql`e.updated_at > ${q.modified_after}::timestamptz`);

  // Nearest first near a postcode (the nearest venue in the area, or with words of all its venues, as before),
  // best match first with words, then by name; the id makes pages stable.
  const inArea = geo && !r.words.length;
  const distance = inArea
    ? Prisma.sql`g.distance_m`
    : r.origin
      ? Prisma.sql`(SELECT min(${indexDistance(r)}) FROM search_entry e WHERE e.service_id = g.id AND e.lat IS NOT NULL)`
      : Prisma.sql`NULL::float8`;
  // Sorted straight from m with the LIMIT, so Postgres keeps only the page's rows (a top-N sort), not every match.
  const order = Prisma.sql`distance_m NULLS LAST, rank DESC, name, id`;
  // With an area, a service's venues in it are grouped to one row; without, slot 0 is already one per service.
  const perService = geo
    ? Prisma.sql`SELECT e.service_id AS id, min(e.name) AS name, max(${indexRank(r)}) AS rank,
          ${inArea ? Prisma.sql`min(${indexDistance(r)})` : Prisma.sql`NULL::float8`} AS distance_m
        FROM search_entry e WHERE ${and(conditions)} GROUP BY e.service_id`
    : Prisma.sql`SELECT e.service_id AS id, e.name, ${indexRank(r)} AS rank, NULL::float8 AS distance_m
        FROM search_entry e WHERE ${and(conditions)}`;
  const rows = await db.$queryRaw<Array<{ total: number; ids: string[] }>>(Prisma.sql`
    WITH m AS MATERIALIZED (SELECT g.id, g.name, g.rank, ${distance} AS distance_m FROM (${perService}) g)
    SELECT (SELECT count(*)::int FROM m) AS total,
      coalesce((SELECT json_agg(p.id ORDER BY ${order}) FROM (
        SELECT * FROM m ORDER BY ${order} LIMIT ${paging.perPage}::int OFFSET ${offsetOf(paging)}::int) p), '[]'::json) AS ids`);
  const { total, ids } = rows[0]!;
  const services = await db.service.findMany({ where: { id: { in: ids }, listingStatus: "published" }, include: { organisation: true } });
  return ok(toPage(inOrder(ids, services).map(toOrukServiceSummary), total, paging));
}
