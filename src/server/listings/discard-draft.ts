import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import type { Actor } from "@/server/auth/access-denied";
import { findManagedService } from "@/server/organisations/organisation-access";
import { lockOpenRevision } from "./lock-open-revision";

export type DiscardResult = { ok: true; deleted: boolean } | { ok: false; notEditable: true };

/**
 * The provider throws away unsent work, having confirmed it. Changes to a live listing are marked `withdrawn`
 * (the live listing stays); a listing that was never sent for review is deleted. Either way the audit event
 * keeps a copy of what was discarded.
 */
export async function discardDraft(options: { serviceId: string }, actor: Actor, db: Db = prisma): Promise<DiscardResult> {
  return db.$transaction(async (tx) => {
    const service = await findManagedService(tx, actor, options.serviceId);
    const revision = await lockOpenRevision(tx, service.id, ["draft", "changes_requested"]);
    if (!revision) return { ok: false, notEditable: true } as const;
    const copy = { serviceId: service.id, organisationId: service.organisationId, data: revision.data as Prisma.InputJsonValue };

    if (service.listingStatus === "published") {
      await tx.revision.update({ where: { id: revision.id }, data: { status: "withdrawn", lockVersion: { increment: 1 }, decidedAt: new Date() } });
      await tx.auditEvent.create({ data: { actorId: actor.id, action: "listing.changes_discarded", entityType: "revision", entityId: revision.id, data: copy } });
      return { ok: true, deleted: false } as const;
    }
    if (service.listingStatus !== "draft") return { ok: false, notEditable: true } as const;
    await tx.auditEvent.create({ data: { actorId: actor.id, action: "listing.draft_deleted", entityType: "service", entityId: service.id, data: copy } });
    await tx.service.delete({ where: { id: service.id } });
    return { ok: true, deleted: true } as const;
  });
}
