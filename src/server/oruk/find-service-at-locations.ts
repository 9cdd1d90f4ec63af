import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { ok, type Result } from "@/lib/result";
import type { ServiceAtLocationsQuery } from "@/lib/validation/oruk-query";
import type { OrukPage, OrukServiceAtLocationSummary } from "@/lib/validation/oruk-records";
import { prisma, type Db } from "@/server/db/client";
import { and, distanceSql, venueConditions, type ResolvedSearch } from "@/server/search/search-filters-sql";
import { inOrder, offsetOf, pageRequest, toPage } from "./paging";
import { resolveNear } from "./resolve-near";
import { orukServiceInclude, toOrukLocation, toOrukServiceSummary } from "./to-oruk-records";

/**
 * GET /api/v1/service_at_locations: the venues of published services, nearest first near a postcode (measured
 * from the public point, so a hidden address is never more exact than on the listing page).
 */
export async function findServiceAtLocations(
  options: { query: ServiceAtLocationsQuery },
  db: Db = prisma,
): Promise<Result<OrukPage<OrukServiceAtLocationSummary>, "bad_request">> {
  const q = options.query;
  const near = await resolveNear(q, db);
  if (!near.ok) return near;
  const r = { ...near.value, bbox: null, placeCode: null, wardCode: null } as ResolvedSearch;
  const paging = pageRequest(q);
  const conditions = [Prisma.sql`s.listing_status = 'published'`];
  if (r.origin) conditions.push(...venueConditions(r, { indexed: true }));
  if (q.taxonomy_term_id)
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM attribute a WHERE a.taxonomy_term_id = ${q.taxonomy_term_id}::uuid
      AND (a.service_id = s.id OR a.location_id = l.id))`);
  const rows = await db.$queryRaw<Array<{ total: number; ids: string[] }>>(Prisma.sql`
    WITH m AS MATERIALIZED (
      SELECT sal.id, ${distanceSql(r)} AS distance_m FROM service_at_location sal
        JOIN service s ON s.id = sal.service_id JOIN location l ON l.id = sal.location_id WHERE ${and(conditions)})
    SELECT (SELECT count(*)::int FROM m) AS total,
      coalesce((SELECT json_agg(p.id ORDER BY p.n) FROM (
        SELECT id, row_number() OVER (ORDER BY distance_m NULLS LAST, id) AS n FROM m
        ORDER BY n LIMIT ${paging.perPage}::int OFFSET ${offsetOf(paging)}::int) p), '[]'::json) AS ids`);
  const { total, ids } = rows[0]!;
  const found = await db.serviceAtLocation.findMany({
    where: { id: { in: ids } },
    include: { location: orukServiceInclude.serviceAtLocations.include.location, service: { include: { organisation: true } } },
  });
  const contents = inOrder(ids, found).map((sal) => ({
    id: sal.id,
    service_id: sal.serviceId,
    location_id: sal.locationId,
    service: toOrukServiceSummary(sal.service),
    location: toOrukLocation(sal.location),
  }));
  return ok(toPage(contents, total, paging));
}
