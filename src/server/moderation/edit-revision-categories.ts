import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import type { CurrentUser } from "@/server/auth/permissions";
import { ConflictError } from "./conflict-error";
import { moderate } from "./moderate";
import type { ModerationOutcome } from "./moderation-outcome";
import { assertModerator } from "./moderator-guard";
import { explainRevisionConflict } from "./revision-conflict";

/**
 * Providers suggest categories; moderators own them. Replaces a pending revision's categories before it is
 * approved (so the diff shows the moderator's choice), with the usual lock check and an audit event.
 */
export async function editRevisionCategories(
  options: { revisionId: string; lockVersion: number; categories: string[] },
  actor: CurrentUser,
  db: Db = prisma,
): Promise<ModerationOutcome> {
  assertModerator(actor);
  const { revisionId, lockVersion } = options;
  const categories = [...new Set(options.categories)].sort();
  return moderate(db, actor, { action: "edit_categories", entityType: "revision", entityId: revisionId, data: { lockVersion } }, async (tx) => {
    const before = await tx.revision.findUnique({ where: { id: revisionId }, select: { data: true, serviceId: true } });
    const claimed = await tx.$executeRaw`
      UPDATE revision SET data = jsonb_set(data, '{categories}', ${JSON.stringify(categories)}::jsonb), lock_version = lock_version + 1
       WHERE id = ${revisionId}::uuid AND lock_version = ${lockVersion} AND status = 'pending'`;
    if (claimed === 0 || !before) throw new ConflictError(await explainRevisionConflict(tx, revisionId));
    const previous = (before.data as { categories?: unknown }).categories ?? [];
    await tx.moderationDecision.create({ data: { serviceId: before.serviceId, revisionId, moderatorId: actor.id, action: "edit_categories" } });
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: "revision.categories_edited",
        entityType: "revision",
        entityId: revisionId,
        data: { serviceId: before.serviceId, from: previous as string[], to: categories },
      },
    });
  });
}
