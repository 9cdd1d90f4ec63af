import "server-only";
import type { DbOrTx } from "@/server/db/client";

/** A revision in one of these states can still become live: a listing that leaves its owner must close them all. */
export const OPEN_REVISION_STATUSES = ["draft", "pending", "changes_requested"] as const;

/**
 * Closes every open revision of a listing that is leaving the directory or changing hands, so no surviving
 * draft can be sent for review and published later. A revision waiting for review is rejected with the
 * reason (a moderation decision, as in the queue); a draft nobody sent is withdrawn. `exceptOrganisationId`
 * keeps the revisions of the organisation that is taking the listing over.
 */
export async function closeOpenRevisions(
  tx: DbOrTx,
  options: { serviceId: string; moderatorId: string; reason: string; now: Date; exceptOrganisationId?: string },
): Promise<number> {
  const { serviceId, moderatorId, reason, now } = options;
  const revisions = await tx.revision.findMany({
    where: {
      serviceId,
      status: { in: [...OPEN_REVISION_STATUSES] },
      ...(options.exceptOrganisationId ? { NOT: { organisationId: options.exceptOrganisationId } } : {}),
    },
    select: { id: true, status: true },
  });
  for (const r of revisions) {
    const pending = r.status === "pending";
    await tx.revision.update({
      where: { id: r.id },
      data: { status: pending ? "rejected" : "withdrawn", decidedAt: now, lockVersion: { increment: 1 } },
    });
    if (pending) await tx.moderationDecision.create({ data: { serviceId, revisionId: r.id, moderatorId, action: "reject", reason } });
  }
  return revisions.length;
}
