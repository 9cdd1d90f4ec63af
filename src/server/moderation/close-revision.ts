import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import type { CurrentUser } from "@/server/auth/permissions";
import { deliverAfterCommit } from "@/server/mail/deliver-queued-mail";
import { queueMail } from "@/server/mail/queue-mail";
import { ConflictError } from "./conflict-error";
import { moderate } from "./moderate";
import type { ModerationOutcome } from "./moderation-outcome";
import { assertModerator } from "./moderator-guard";
import { ownerEmails } from "./owner-emails";
import { explainRevisionConflict } from "./revision-conflict";
import { changesRequestedMail, rejectedMail } from "./revision-mail";

type Close = { revisionId: string; lockVersion: number; reason: string; now?: Date };

/** Rejects a pending revision with a reason. A new listing becomes `rejected`; a live one stays as it is. */
export function rejectRevision(options: Close, actor: CurrentUser, db: Db = prisma): Promise<ModerationOutcome> {
  return closeRevision("reject", options, actor, db);
}

/**
 * Sends a pending revision back to the provider with a message. A new listing returns to `draft` so the
 * provider can change and resubmit it; a live listing stays up unchanged.
 */
export function requestRevisionChanges(options: Close, actor: CurrentUser, db: Db = prisma): Promise<ModerationOutcome> {
  return closeRevision("request_changes", options, actor, db);
}

async function closeRevision(action: "reject" | "request_changes", options: Close, actor: CurrentUser, db: Db): Promise<ModerationOutcome> {
  assertModerator(actor);
  const now = options.now ?? new Date();
  const { revisionId, lockVersion, reason } = options;
  const status = action === "reject" ? "rejected" : "changes_requested";
  const outcome = await moderate(db, actor, { action, entityType: "revision", entityId: revisionId, data: { lockVersion } }, async (tx) => {
    const claimed = await tx.$executeRaw`
      UPDATE revision SET status = ${status}::revision_status, lock_version = lock_version + 1, decided_at = ${now}, updated_at = ${now}
       WHERE id = ${revisionId}::uuid AND lock_version = ${lockVersion} AND status = 'pending'`;
    if (claimed === 0) throw new ConflictError(await explainRevisionConflict(tx, revisionId));
    const revision = await tx.revision.findUniqueOrThrow({ where: { id: revisionId }, include: { service: true, createdBy: { select: { email: true } } } });
    const isNew = revision.service.listingStatus !== "published" && revision.service.listingStatus !== "archived";
    if (isNew) {
      await tx.service.update({ where: { id: revision.serviceId }, data: { listingStatus: action === "reject" ? "rejected" : "draft" } });
    }
    await tx.moderationDecision.create({ data: { serviceId: revision.serviceId, revisionId, moderatorId: actor.id, action, reason } });
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: action === "reject" ? "revision.rejected" : "revision.changes_requested",
        entityType: "revision",
        entityId: revisionId,
        data: { serviceId: revision.serviceId, isNew, lockVersion, reason },
      },
    });
    const name = typeof (revision.data as { name?: unknown })?.name === "string" ? (revision.data as { name: string }).name : revision.service.name;
    const to = await ownerEmails(tx, [revision.organisationId, revision.service.organisationId], [revision.createdBy?.email]);
    return queueMail(
      tx,
      to.map((email) => (action === "reject" ? rejectedMail(email, { name, reason, isNew }) : changesRequestedMail(email, { name, message: reason, isNew }))),
    );
  });
  if (outcome.ok) await deliverAfterCommit(outcome.mailIds, db);
  return outcome;
}
