import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { assertModerator, type Actor } from "@/server/auth/policy";
import { archiveRow } from "./archive-listing";
import { closeOpenRevisions } from "./close-open-revisions";
import { ConflictError } from "./conflict-error";
import { moderate } from "./moderate";
import type { ModerationOutcome } from "./moderation-outcome";
import { ownerEmails } from "./owner-emails";
import { recordDecision } from "./record-decision";

/**
 * Merges a duplicate into the listing that stays: the duplicate is archived and points at the survivor, its
 * open reports and pending claims move across, every open revision (drafts too) is closed, and the survivor takes the
 * duplicate's owner if it has none. Both listings' histories record the merge.
 */
export async function mergeListing(
  options: { duplicateId: string; duplicateVersion: number; targetId: string; reason?: string | undefined; now?: Date },
  actor: Actor,
  db: Db = prisma,
): Promise<ModerationOutcome> {
  assertModerator(actor);
  const now = options.now ?? new Date();
  const { duplicateId, targetId } = options;
  return moderate(
    db,
    actor,
    { action: "merge", entityType: "service", entityId: duplicateId, serviceId: duplicateId, data: { targetId } },
    async (tx) => {
      if (duplicateId === targetId) throw new ConflictError("A listing cannot be merged into itself. Choose another listing to keep.");
      const target = await tx.service.findUnique({
        where: { id: targetId },
        select: { name: true, listingStatus: true, organisationId: true },
      });
      if (!target || target.listingStatus === "archived" || target.listingStatus === "rejected") {
        throw new ConflictError("The listing to keep is not in the directory (it may have been archived). Nothing was changed.");
      }
      const name = await archiveRow(tx, duplicateId, options.duplicateVersion, now, targetId);
      const duplicate = await tx.service.findUniqueOrThrow({ where: { id: duplicateId }, select: { organisationId: true } });
      const reports = await tx.report.updateMany({ where: { serviceId: duplicateId, status: "open" }, data: { serviceId: targetId } });
      const claims = await tx.claimRequest.updateMany({
        where: { serviceId: duplicateId, status: "pending" },
        data: { serviceId: targetId },
      });
      const revisionsClosed = await closeOpenRevisions(tx, {
        serviceId: duplicateId,
        moderatorId: actor.id,
        reason: `The listing was merged into “${target.name}”.`,
        now,
      });
      const ownerMoved = !target.organisationId && duplicate.organisationId ? duplicate.organisationId : null;
      if (ownerMoved) await tx.service.update({ where: { id: targetId }, data: { organisationId: ownerMoved } });

      const reason = options.reason ?? null;
      const moved = {
        reportsMoved: reports.count,
        claimsMoved: claims.count,
        revisionsClosed,
        ownerMoved: Boolean(ownerMoved),
      };
      const to = await ownerEmails(tx, [duplicate.organisationId]);
      return recordDecision(
        tx,
        actor,
        { action: "merge", serviceId: duplicateId, reason: reason ?? `Merged into “${target.name}”` },
        [
          {
            action: "service.merged_into",
            entityType: "service",
            entityId: duplicateId,
            data: { targetId, targetName: target.name, reason, ...moved },
          },
          {
            action: "service.merged_from",
            entityType: "service",
            entityId: targetId,
            data: { duplicateId, duplicateName: name, reason, ...moved },
          },
        ],
        to.map((email) => ({
          to: email,
          subject: `“${name}” has been merged with another listing`,
          text: [
            `“${name}” was listed twice in the directory, so a moderator has merged it into “${target.name}”.`,
            ...(reason ? ["", reason] : []),
            "",
            "If this is wrong, reply to this email.",
            "",
            "West Yorkshire Creative Health Directory",
          ].join("\n"),
        })),
      );
    },
  );
}
