import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { findManagedService, type Actor } from "@/server/auth/policy";
import { asDraft, type ListingDraft } from "@/lib/listing-form/draft";
import type { ListingStatusValue, OpenRevision } from "@/lib/provider/listing-progress";

export type ListingDraftView = {
  serviceId: string;
  name: string;
  organisationName: string;
  listingStatus: ListingStatusValue;
  /** The revision in progress, if any, with the moderator's reason when changes were requested. */
  revision: (OpenRevision & { lockVersion: number }) | null;
  draft: ListingDraft;
};

/** A listing's work in progress, for a member of the organisation that runs it (else ForbiddenError). */
export async function readListingDraft(serviceId: string, actor: Actor, db: Db = prisma): Promise<ListingDraftView> {
  const service = await findManagedService(db, actor, serviceId);
  const [organisation, revision] = await Promise.all([
    db.organisation.findUniqueOrThrow({ where: { id: service.organisationId }, select: { name: true } }),
    db.revision.findFirst({
      where: { serviceId: service.id, status: { in: ["draft", "pending", "changes_requested"] } },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        status: true,
        data: true,
        lockVersion: true,
        decisions: { orderBy: { createdAt: "desc" }, take: 1, select: { reason: true } },
      },
    }),
  ]);
  return {
    serviceId: service.id,
    name: service.name,
    organisationName: organisation.name,
    listingStatus: service.listingStatus,
    revision: revision
      ? {
          id: revision.id,
          status: revision.status as OpenRevision["status"],
          lockVersion: revision.lockVersion,
          reason: revision.status === "changes_requested" ? (revision.decisions[0]?.reason ?? null) : null,
        }
      : null,
    draft: asDraft(revision?.data),
  };
}
