import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { assertModerator, type Actor } from "@/server/auth/policy";
import { ConflictError } from "./conflict-error";
import { moderate } from "./moderate";
import type { ModerationOutcome } from "./moderation-outcome";
import { recordDecision } from "./record-decision";
import { confirmStatedFacts } from "@/server/listings/confirm-facts";

/**
 * A moderator has checked a live listing (a stale one, or an imported one nobody owns) and it is right:
 * verified now, no longer stale, out of the verification queue.
 */
export async function verifyListing(
  options: { serviceId: string; version: number; now?: Date },
  actor: Actor,
  db: Db = prisma,
): Promise<ModerationOutcome> {
  assertModerator(actor);
  const now = options.now ?? new Date();
  const { serviceId, version } = options;
  return moderate(db, actor, { action: "verify", entityType: "service", entityId: serviceId, serviceId, data: { version } }, async (tx) => {
    const before = await tx.service.findUnique({ where: { id: serviceId }, select: { staleSince: true } });
    const updated = await tx.$executeRaw`
      UPDATE service SET verified_at = ${now}, verified_by_id = ${actor.id}, stale_since = NULL, updated_at = ${now}
       WHERE id = ${serviceId}::uuid AND version = ${version} AND listing_status = 'published'`;
    if (updated === 0) {
      const current = await tx.service.findUnique({ where: { id: serviceId }, select: { listingStatus: true } });
      throw new ConflictError(
        current?.listingStatus === "published"
          ? "The listing changed after you opened this page (a new version was published). Nothing was changed: reload and check it again."
          : "This listing is no longer live, so it cannot be verified. Nothing was changed.",
      );
    }
    await confirmStatedFacts(tx, serviceId, { userId: actor.id, at: now });
    await recordDecision(
      tx,
      actor,
      { action: "verify", serviceId },
      {
        action: "service.verified",
        entityType: "service",
        entityId: serviceId,
        data: { via: "moderator", version, wasStaleSince: before?.staleSince?.toISOString() ?? null },
      },
    );
  });
}

export type BatchResult = { done: string[]; conflicts: Array<{ serviceId: string; message: string }> };

/** Verifies several listings (the imported-listings batch); each one on its own lock, so one conflict does not stop the rest. */
export async function verifyListings(
  options: { items: Array<{ serviceId: string; version: number }>; now?: Date },
  actor: Actor,
  db: Db = prisma,
): Promise<BatchResult> {
  assertModerator(actor);
  const result: BatchResult = { done: [], conflicts: [] };
  for (const item of options.items) {
    const outcome = await verifyListing({ ...item, ...(options.now ? { now: options.now } : {}) }, actor, db);
    if (outcome.ok) result.done.push(item.serviceId);
    else result.conflicts.push({ serviceId: item.serviceId, message: outcome.error.message });
  }
  return result;
}
