import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { findManagedService, isUuid, type Actor } from "@/server/auth/policy";
import { fail, ok, type Result } from "@/lib/result";
import { lockOpenRevision } from "./lock-open-revision";

export type WithdrawResult = Result<undefined, "already-decided">;

const ALREADY_DECIDED =
  "A moderator has already dealt with these changes, so they can no longer be withdrawn. Go back to your listings to see what happened.";

/**
 * Takes changes back out of review. The pending revision becomes `withdrawn` (its lock version moves on, so a
 * moderator acting on it at the same moment is told it changed) and its content returns as a draft, so
 * nothing is lost: the provider can edit and send it again, or discard it. A new listing goes back to draft;
 * a live listing is untouched.
 */
export async function withdrawRevision(
  options: { serviceId: string; revisionId: string },
  actor: Actor,
  db: Db = prisma,
): Promise<WithdrawResult> {
  return db.$transaction(async (tx) => {
    const service = await findManagedService(tx, actor, options.serviceId);
    const pending = await lockOpenRevision(tx, service.id, ["pending"]);
    if (!pending || !isUuid(options.revisionId) || pending.id !== options.revisionId) return fail("already-decided", ALREADY_DECIDED);

    const { count } = await tx.revision.updateMany({
      where: { id: pending.id, status: "pending", lockVersion: pending.lockVersion },
      data: { status: "withdrawn", lockVersion: { increment: 1 }, decidedAt: new Date() },
    });
    if (count !== 1) return fail("already-decided", ALREADY_DECIDED);
    const draft = await tx.revision.create({
      data: {
        serviceId: service.id,
        organisationId: pending.organisationId ?? service.organisationId,
        createdById: actor.id,
        status: "draft",
        baseVersion: pending.baseVersion,
        data: pending.data as Prisma.InputJsonValue,
      },
    });
    if (service.listingStatus === "pending") await tx.service.update({ where: { id: service.id }, data: { listingStatus: "draft" } });
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: "listing.withdrawn",
        entityType: "revision",
        entityId: pending.id,
        data: { serviceId: service.id, draftRevisionId: draft.id },
      },
    });
    return ok();
  });
}
