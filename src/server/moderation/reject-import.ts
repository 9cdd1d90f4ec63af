import "server-only";
import { assertModerator, type Actor } from "@/server/auth/policy";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { ConflictError } from "./conflict-error";
import { explainImportConflict } from "./import-conflict";
import { moderate } from "./moderate";
import type { ModerationOutcome } from "./moderation-outcome";
import { recordDecision } from "./record-decision";

/**
 * Turns down what a feed import queued, with the moderator's reason. A new import's listing becomes
 * `rejected`; a change to a live listing leaves it exactly as it is. Either way the value's hash is kept as
 * `rejected_hash`, so reading the same value from the feed again does not queue it again.
 */
export async function rejectImport(
  options: { importRecordId: string; lockVersion: number; reason: string; now?: Date },
  actor: Actor,
  db: Db = prisma,
): Promise<ModerationOutcome> {
  assertModerator(actor);
  const now = options.now ?? new Date();
  const { importRecordId, lockVersion, reason } = options;
  return moderate(
    db,
    actor,
    { action: "reject", entityType: "import_record", entityId: importRecordId, data: { lockVersion } },
    async (tx) => {
      const [record] = await tx.$queryRaw<Array<{ service_id: string | null; feed: string; source_id: string }>>`
      UPDATE import_record
         SET rejected_hash = pending_hash, pending = NULL, pending_hash = NULL, queued_at = NULL,
             lock_version = lock_version + 1, updated_at = ${now}
       WHERE id = ${importRecordId}::uuid AND lock_version = ${lockVersion} AND pending IS NOT NULL
      RETURNING service_id, feed, source_id`;
      if (!record) throw new ConflictError(await explainImportConflict(tx, importRecordId));
      const service = record.service_id ? await tx.service.findUnique({ where: { id: record.service_id } }) : null;
      if (!service) throw new ConflictError("The listing this import belongs to has been removed. Nothing was changed.");
      const isNew = service.listingStatus !== "published" && service.listingStatus !== "archived";
      if (isNew) {
        await tx.service.update({
          where: { id: service.id },
          data: { listingStatus: "rejected", version: { increment: 1 }, updatedAt: now },
        });
      }
      return recordDecision(
        tx,
        actor,
        { action: "reject", serviceId: service.id, reason },
        {
          action: "import.rejected",
          entityType: "import_record",
          entityId: importRecordId,
          data: { serviceId: service.id, feed: record.feed, sourceId: record.source_id, isNew, lockVersion, reason },
        },
      );
    },
  );
}
