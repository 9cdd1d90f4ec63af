import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { assertModerator, type Actor } from "@/server/auth/policy";
import { ConflictError } from "./conflict-error";
import { moderate } from "./moderate";
import type { ModerationOutcome } from "./moderation-outcome";
import { recordDecision } from "./record-decision";

/**
 * A moderator tried to check a listing and could not reach the venue. Nothing about the listing changes; the
 * attempt is in its history, and the decision row keeps it at the bottom of the verify queue for
 * UNREACHABLE_DAYS (verification-queue-sql.ts), so the next moderator tries something else first.
 */
export async function recordUnreachable(
  options: { serviceId: string; version: number; note: string },
  actor: Actor,
  db: Db = prisma,
): Promise<ModerationOutcome> {
  assertModerator(actor);
  const { serviceId, version, note } = options;
  return moderate(
    db,
    actor,
    { action: "unreachable", entityType: "service", entityId: serviceId, serviceId, data: { version } },
    async (tx) => {
      // Locks the row so a concurrent change waits, and checks it is still the version the moderator saw.
      const [row] = await tx.$queryRaw<Array<{ version: number; listing_status: string }>>`
      SELECT version, listing_status::text FROM service WHERE id = ${serviceId}::uuid FOR UPDATE`;
      if (!row) throw new ConflictError("This listing no longer exists.");
      if (row.listing_status !== "published") throw new ConflictError("This listing is no longer live. Nothing was recorded.");
      if (row.version !== version)
        throw new ConflictError(
          "The listing changed after you opened this page (a new version was published). Nothing was recorded: reload and check it again.",
        );
      await recordDecision(
        tx,
        actor,
        { action: "unreachable", serviceId, reason: note },
        { action: "service.unreachable", entityType: "service", entityId: serviceId, data: { note, version } },
      );
    },
  );
}
