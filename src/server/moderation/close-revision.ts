import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { assertModerator, type Actor } from "@/server/auth/policy";
import { ConflictError } from "./conflict-error";
import { moderate } from "./moderate";
import type { ModerationOutcome } from "./moderation-outcome";
import { ownerEmails } from "./owner-emails";
import { recordDecision } from "./record-decision";
import { explainRevisionConflict } from "./revision-conflict";
import { changesRequestedMail, rejectedMail } from "./revision-mail";

type Close = { revisionId: string; lockVersion: number; reason: string; now?: Date };

/** Rejects a pending revision with a reason. A new listing becomes `rejected`; a live one stays as it is. */
export function rejectRevision(options: Close, actor: Actor, db: Db = prisma): Promise<ModerationOutcome> {
  return closeRevision("reject", options, actor, db);
}

/**
 * Sends a pending revision back to the provider with a message. A new listing returns to `draft` so the
 * provider can change and resubmit it; a live listing stays up unchanged.
 */
export function requestRevisionChanges(options: Close, actor: Actor, db: Db = prisma): Promise<ModerationOutcome> {
  return closeRevision("request_changes", options, actor, db);
}

async function closeRevision(action: "reject" | "request_changes", options: Close, actor: Actor, db: Db): Promise<ModerationOutcome> {
  assertModerator(actor);
  const now = options.now ?? new Date();
  const { revisionId, lockVersion, reason } = options;
  const status = action === "reject" ? "rejected" : "changes_requested";
  return moderate(db, actor, { action, entityType: "revision", entityId: revisionId, data: { lockVersion } }, async (tx) => {
    const claimed = await tx.$executeRaw`
      UPDATE revision SET status = ${status}::revision_status, lock_version = lock_version + 1, decided_at = ${now}, updated_at = ${now}
       WHERE id = ${revisionId}::uuid AND lock_version = ${lockVersion} AND status = 'pending'`;
    if (claimed === 0) throw new ConflictError(await explainRevisionConflict(tx, revisionId));
    const revision = await tx.revision.findUniqueOrThrow({
      where: { id: revisionId },
      include: { service: true, createdBy: { select: { email: true } } },
    });
    const isNew = revision.service.listingStatus !== "published" && revision.service.listingStatus !== "archived";
    if (isNew) {
      await tx.service.update({ where: { id: revision.serviceId }, data: { listingStatus: action === "reject" ? "rejected" : "draft" } });
    }
    const name =
      typeof (revision.data as { name?: unknown })?.name === "string" ? (revision.data as { name: string }).name : revision.service.name;
    const to = await ownerEmails(tx, [revision.organisationId, revision.service.organisationId], [revision.createdBy?.email]);
    return recordDecision(
      tx,
      actor,
      { action, serviceId: revision.serviceId, revisionId, reason },
      {
        action: action === "reject" ? "revision.rejected" : "revision.changes_requested",
        entityType: "revision",
        entityId: revisionId,
        data: { serviceId: revision.serviceId, isNew, lockVersion, reason },
      },
      to.map((email) =>
        action === "reject" ? rejectedMail(email, { name, reason, isNew }) : changesRequestedMail(email, { name, message: reason, isNew }),
      ),
    );
  });
}
