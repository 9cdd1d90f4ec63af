import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { importedServiceSchema } from "@/lib/validation/oruk-import";
import { assertModerator, type Actor } from "@/server/auth/policy";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { writeImportedService } from "@/server/oruk-import/write-imported-service";
import { ConflictError } from "./conflict-error";
import { explainImportConflict } from "./import-conflict";
import { moderate } from "./moderate";
import type { ModerationOutcome } from "./moderation-outcome";
import { recordDecision } from "./record-decision";

/**
 * Applies what a feed import queued, atomically: the import record is claimed with the lock version the
 * moderator saw, the pending value is written onto the HSDS rows (writeImportedService), a new listing is
 * published, the value becomes the record's `applied` one and the decision and audit event are written, all
 * in one transaction. Verification is left as it was: the moderator checked the feed's words, not the venue,
 * so an imported listing still waits in the verify queue (ADR 0032). Nobody is emailed: a feed has no owner.
 */
export async function approveImport(
  options: { importRecordId: string; lockVersion: number; now?: Date },
  actor: Actor,
  db: Db = prisma,
): Promise<ModerationOutcome> {
  assertModerator(actor);
  const now = options.now ?? new Date();
  const { importRecordId, lockVersion } = options;
  return moderate(
    db,
    actor,
    { action: "approve", entityType: "import_record", entityId: importRecordId, data: { lockVersion } },
    async (tx) => {
      const claimed = await tx.$executeRaw`
      UPDATE import_record SET lock_version = lock_version + 1, updated_at = ${now}
       WHERE id = ${importRecordId}::uuid AND lock_version = ${lockVersion} AND pending IS NOT NULL`;
      if (claimed === 0) throw new ConflictError(await explainImportConflict(tx, importRecordId));
      // The row is ours until commit, so the value applied is the value the moderator saw.
      const record = await tx.importRecord.findUniqueOrThrow({ where: { id: importRecordId } });
      await tx.importRecord.update({
        where: { id: importRecordId },
        data: { applied: record.pending!, appliedHash: record.pendingHash, pending: Prisma.DbNull, pendingHash: null, queuedAt: null },
      });
      const service = record.serviceId ? await tx.service.findUnique({ where: { id: record.serviceId } }) : null;
      if (!service || service.listingStatus === "archived") {
        throw new ConflictError(
          "The listing this import belongs to has been archived or removed, so it cannot be published. Reject it instead.",
        );
      }
      const value = importedServiceSchema.safeParse(record.pending);
      if (!value.success) {
        throw new ConflictError(
          `This import is not a complete service (${value.error.issues[0]?.message ?? "invalid"}). Reject it instead.`,
        );
      }
      const isNew = service.listingStatus !== "published";
      await writeImportedService(tx, service.id, value.data, { source: service.source, licence: service.licence });
      await tx.service.update({
        where: { id: service.id },
        data: { listingStatus: "published", version: { increment: 1 }, updatedAt: now },
      });
      return recordDecision(
        tx,
        actor,
        { action: "approve", serviceId: service.id },
        {
          action: "import.approved",
          entityType: "import_record",
          entityId: importRecordId,
          data: { serviceId: service.id, feed: record.feed, sourceId: record.sourceId, isNew, lockVersion },
        },
      );
    },
  );
}
