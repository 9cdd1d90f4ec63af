import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { OrukOrganization, OrukOrganizationDetail, OrukPage } from "@/lib/validation/oruk-records";
import { prisma, type Db } from "@/server/db/client";
import { offsetOf, pageRequest, toPage } from "./paging";
import { toOrukOrganization, toOrukServiceSummary } from "./to-oruk-records";

// Organisations are public only through their published listings: one with none (a provider still writing
// its first) is not in the API at all.
const hasPublished = { services: { some: { listingStatus: "published" } } } satisfies Prisma.OrganisationWhereInput;

/** GET /api/v1/organizations */
export async function findOrganizations(
  options: { query: { page?: number; per_page?: number } },
  db: Db = prisma,
): Promise<OrukPage<OrukOrganization>> {
  const paging = pageRequest(options.query);
  const [total, rows] = await Promise.all([
    db.organisation.count({ where: hasPublished }),
    db.organisation.findMany({
      where: hasPublished,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: offsetOf(paging),
      take: paging.perPage,
    }),
  ]);
  return toPage(rows.map(toOrukOrganization), total, paging);
}

/** GET /api/v1/organizations/{id}: with its published services; null for a 404. */
export async function readOrganization(options: { id: string }, db: Db = prisma): Promise<OrukOrganizationDetail | null> {
  const o = await db.organisation.findFirst({
    where: { id: options.id, ...hasPublished },
    include: { services: { where: { listingStatus: "published" }, orderBy: [{ name: "asc" }, { id: "asc" }] } },
  });
  if (!o) return null;
  return { ...toOrukOrganization(o), services: o.services.map((s) => toOrukServiceSummary({ ...s, organisation: null })) };
}
