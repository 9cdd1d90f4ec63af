import "server-only";
import { prisma, type Db } from "@/server/db/client";

export type ApiExamples = {
  serviceId: string | null;
  serviceAtLocationId: string | null;
  organizationId: string | null;
  termId: string | null;
};

/** Real ids for the example links on /developers, so each link answers with data rather than a 404. */
export async function readApiExamples(db: Db = prisma): Promise<ApiExamples> {
  const published = { listingStatus: "published" } as const;
  const [service, sal, organisation, term] = await Promise.all([
    db.service.findFirst({ where: published, orderBy: { id: "asc" }, select: { id: true } }),
    db.serviceAtLocation.findFirst({ where: { service: published }, orderBy: { id: "asc" }, select: { id: true } }),
    db.organisation.findFirst({ where: { services: { some: published } }, orderBy: { id: "asc" }, select: { id: true } }),
    db.taxonomyTerm.findFirst({ where: { taxonomy: { slug: "category" } }, orderBy: { sortOrder: "asc" }, select: { id: true } }),
  ]);
  return {
    serviceId: service?.id ?? null,
    serviceAtLocationId: sal?.id ?? null,
    organizationId: organisation?.id ?? null,
    termId: term?.id ?? null,
  };
}
