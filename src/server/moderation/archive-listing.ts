import "server-only";
import type { Db, DbOrTx } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { assertModerator, type Actor } from "@/server/auth/policy";
import { closeOpenRevisions } from "./close-open-revisions";
import { ConflictError } from "./conflict-error";
import { moderate } from "./moderate";
import type { ModerationOutcome } from "./moderation-outcome";
import { ownerEmails } from "./owner-emails";
import { recordDecision } from "./record-decision";
import { archivedMail } from "./revision-mail";

/**
 * Takes a listing out of the directory (closed, wrong, a duplicate nobody should see). Its open reports are
 * resolved and its open revisions (drafts too) and claims closed in the same transaction, and its owners are told why.
 */
export async function archiveListing(
  options: { serviceId: string; version: number; reason: string; now?: Date },
  actor: Actor,
  db: Db = prisma,
): Promise<ModerationOutcome> {
  assertModerator(actor);
  const now = options.now ?? new Date();
  return moderate(
    db,
    actor,
    {
      action: "archive",
      entityType: "service",
      entityId: options.serviceId,
      serviceId: options.serviceId,
      data: { version: options.version },
    },
    async (tx) => {
      const name = await archiveRow(tx, options.serviceId, options.version, now);
      const closed = await closeOpenWork(tx, options.serviceId, actor.id, `The listing was archived: ${options.reason}`, now);
      const service = await tx.service.findUniqueOrThrow({ where: { id: options.serviceId }, select: { organisationId: true } });
      const to = await ownerEmails(tx, [service.organisationId]);
      return recordDecision(
        tx,
        actor,
        { action: "archive", serviceId: options.serviceId, reason: options.reason },
        {
          action: "service.archived",
          entityType: "service",
          entityId: options.serviceId,
          data: { reason: options.reason, version: options.version, ...closed },
        },
        to.map((email) => archivedMail(email, { name, reason: options.reason })),
      );
    },
  );
}

/** Archives the service row if it is still at the version the moderator saw; returns its name. */
export async function archiveRow(
  tx: DbOrTx,
  serviceId: string,
  version: number,
  now: Date,
  mergedIntoId: string | null = null,
): Promise<string> {
  const rows = await tx.$queryRaw<Array<{ name: string }>>`
    UPDATE service SET listing_status = 'archived', version = version + 1, stale_since = NULL,
           merged_into_id = ${mergedIntoId}::uuid, updated_at = ${now}
     WHERE id = ${serviceId}::uuid AND version = ${version} AND listing_status <> 'archived'
    RETURNING name`;
  if (rows[0]) return rows[0].name;
  const current = await tx.service.findUnique({ where: { id: serviceId }, select: { listingStatus: true } });
  if (!current) throw new ConflictError("This listing no longer exists.");
  if (current.listingStatus === "archived") throw new ConflictError("This listing has already been archived. Nothing was changed.");
  throw new ConflictError(
    "The listing changed after you opened this page (a new version was published). Nothing was changed: reload the page and check it again.",
  );
}

/** Resolves open reports and closes every open revision and pending claim of a listing that is leaving the directory. */
export async function closeOpenWork(tx: DbOrTx, serviceId: string, moderatorId: string, reason: string, now: Date) {
  const reports = await tx.report.updateMany({
    where: { serviceId, status: "open" },
    data: { status: "resolved", resolvedAt: now, resolvedById: moderatorId, lockVersion: { increment: 1 } },
  });
  const revisionsClosed = await closeOpenRevisions(tx, { serviceId, moderatorId, reason, now });
  const claims = await tx.claimRequest.updateMany({
    where: { serviceId, status: "pending" },
    data: { status: "rejected", decidedAt: now, lockVersion: { increment: 1 } },
  });
  return { reportsResolved: reports.count, revisionsClosed, claimsClosed: claims.count };
}
