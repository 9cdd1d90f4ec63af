import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { findManagedService, type Actor } from "@/server/auth/policy";
import { fail, ok, type Result } from "@/lib/result";
import { lockOpenRevision } from "./lock-open-revision";

export type DiscardResult = Result<{ deleted: boolean }, "not-editable">;

const NOTHING_TO_DISCARD = "There is no draft to discard. It may have been sent for review or discarded in another window.";

/**
 * The provider throws away unsent work, having confirmed it. Changes to a live listing are marked `withdrawn`
 * (the live listing stays); a listing that was never sent for review is deleted. Either way the audit event
 * keeps a copy of what was discarded.
 */
export async function discardDraft(options: { serviceId: string }, actor: Actor, db: Db = prisma): Promise<DiscardResult> {
  return db.$transaction(async (tx) => {
    const service = await findManagedService(tx, actor, options.serviceId);
    const revision = await lockOpenRevision(tx, service.id, ["draft", "changes_requested"]);
    if (!revision) return fail("not-editable", NOTHING_TO_DISCARD);
    const copy = { serviceId: service.id, organisationId: service.organisationId, data: revision.data as Prisma.InputJsonValue };

    if (service.listingStatus === "published") {
      await tx.revision.update({
        where: { id: revision.id },
        data: { status: "withdrawn", lockVersion: { increment: 1 }, decidedAt: new Date() },
      });
      await tx.auditEvent.create({
        data: { actorId: actor.id, action: "listing.changes_discarded", entityType: "revision", entityId: revision.id, data: copy },
      });
      return ok({ deleted: false });
    }
    if (service.listingStatus !== "draft") return fail("not-editable", NOTHING_TO_DISCARD);
    await tx.auditEvent.create({
      data: { actorId: actor.id, action: "listing.draft_deleted", entityType: "service", entityId: service.id, data: copy },
    });
    await tx.service.delete({ where: { id: service.id } });
    return ok({ deleted: true });
  });
}
