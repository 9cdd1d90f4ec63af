import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Db, DbOrTx } from "@/server/db/client";
import type { CurrentUser } from "@/server/auth/permissions";
import { ConflictError } from "./conflict-error";
import type { ModerationOutcome } from "./moderation-outcome";

/**
 * Runs a moderator's change in one transaction. A lost optimistic lock becomes `{ ok: false }` and an audit
 * event of its own (written after the rollback), so the history tells the story of who tried what.
 */
export async function moderate(
  db: Db,
  actor: CurrentUser,
  attempt: { action: string; entityType: string; entityId: string; serviceId?: string | null | undefined; data?: Record<string, unknown> },
  work: (tx: DbOrTx) => Promise<string[] | void>,
): Promise<ModerationOutcome> {
  try {
    const mailIds = await db.$transaction(work, { timeout: 20_000, maxWait: 10_000 });
    return { ok: true, mailIds: mailIds ?? [] };
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    await db.auditEvent.create({
      data: {
        actorId: actor.id,
        action: "moderation.conflict",
        entityType: attempt.entityType,
        entityId: attempt.entityId,
        data: { attempted: attempt.action, serviceId: attempt.serviceId ?? null, message: error.message, ...attempt.data } as Prisma.InputJsonObject,
      },
    });
    return { ok: false, message: error.message };
  }
}
