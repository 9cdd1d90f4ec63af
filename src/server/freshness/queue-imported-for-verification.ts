import "server-only";
import type { Db } from "@/server/db/client";

/** Serialises top-ups across instances (any constant shared by all of them). */
const TOP_UP_LOCK = 727_031;

/**
 * Imported listings nobody owns or has checked go to the moderators a batch at a time, so the queue holds
 * at most `batchSize` of them instead of all 1,800 at once. Tops the batch up to `batchSize`, oldest first.
 */
export async function queueImportedForVerification(db: Db, now: Date, batchSize: number): Promise<number> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${TOP_UP_LOCK})`;
    const [waiting] = await tx.$queryRaw<Array<{ n: number }>>`
      SELECT count(*)::int AS n FROM service
       WHERE queued_for_verification_at IS NOT NULL AND listing_status = 'published' AND stale_since IS NULL`;
    const room = batchSize - (waiting?.n ?? 0);
    if (room <= 0) return 0;
    const queued = await tx.$queryRaw<Array<{ id: string }>>`
      UPDATE service SET queued_for_verification_at = ${now}
       WHERE id IN (SELECT id FROM service
                     WHERE listing_status = 'published' AND organisation_id IS NULL AND verified_at IS NULL
                       AND queued_for_verification_at IS NULL AND stale_since IS NULL AND source <> 'provider'
                     ORDER BY created_at, id LIMIT ${room})
      RETURNING id`;
    if (queued.length) {
      await tx.auditEvent.createMany({
        data: queued.map((q) => ({
          action: "service.queued_for_verification",
          entityType: "service",
          entityId: q.id,
          data: { by: "jobs:freshness" },
        })),
      });
    }
    return queued.length;
  });
}
