import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { assertModerator, type Actor } from "@/server/auth/policy";
import { ConflictError } from "./conflict-error";
import { moderate } from "./moderate";
import type { ModerationOutcome } from "./moderation-outcome";
import { recordDecision } from "./record-decision";
import { explainRevisionConflict } from "./revision-conflict";

/**
 * Providers suggest categories; moderators own them. Replaces a pending revision's categories before it is
 * approved (so the diff shows the moderator's choice), with the usual lock check and an audit event.
 */
export async function editRevisionCategories(
  options: { revisionId: string; lockVersion: number; categories: string[] },
  actor: Actor,
  db: Db = prisma,
): Promise<ModerationOutcome> {
  assertModerator(actor);
  const { revisionId, lockVersion } = options;
  const categories = [...new Set(options.categories)].sort();
  return moderate(
    db,
    actor,
    { action: "edit_categories", entityType: "revision", entityId: revisionId, data: { lockVersion } },
    async (tx) => {
      const before = await tx.revision.findUnique({ where: { id: revisionId }, select: { data: true, serviceId: true } });
      const claimed = await tx.$executeRaw`
      UPDATE revision SET data = jsonb_set(data, '{categories}', ${JSON.stringify(categories)}::jsonb), lock_version = lock_version + 1
       WHERE id = ${revisionId}::uuid AND lock_version = ${lockVersion} AND status = 'pending'`;
      if (claimed === 0 || !before) throw new ConflictError(await explainRevisionConflict(tx, revisionId));
      const previous = (before.data as { categories?: unknown }).categories ?? [];
      await recordDecision(
        tx,
        actor,
        { action: "edit_categories", serviceId: before.serviceId, revisionId },
        {
          action: "revision.categories_edited",
          entityType: "revision",
          entityId: revisionId,
          data: { serviceId: before.serviceId, from: previous as string[], to: categories },
        },
      );
    },
  );
}
