import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { fail, ok } from "@/lib/result";
import type { Actor } from "@/server/auth/policy";
import type { Db, DbOrTx } from "@/server/db/client";
import { deliverAfterCommit } from "@/server/mail/deliver-queued-mail";
import { ConflictError } from "./conflict-error";
import type { ModerationOutcome } from "./moderation-outcome";

/**
 * Runs a moderator's change in one transaction, then delivers the mail it queued (recordDecision). A lost
 * optimistic lock becomes a "conflict" failure and an audit event of its own (written after the rollback),
 * so the history tells the story of who tried what.
 */
export async function moderate(
  db: Db,
  actor: Actor,
  attempt: { action: string; entityType: string; entityId: string; serviceId?: string | null | undefined; data?: Record<string, unknown> },
  work: (tx: DbOrTx) => Promise<string[] | void>,
): Promise<ModerationOutcome> {
  try {
    const mailIds = await db.$transaction(work, { timeout: 20_000, maxWait: 10_000 });
    await deliverAfterCommit(mailIds ?? [], db);
    return ok();
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    await db.auditEvent.create({
      data: {
        actorId: actor.id,
        action: "moderation.conflict",
        entityType: attempt.entityType,
        entityId: attempt.entityId,
        data: {
          attempted: attempt.action,
          serviceId: attempt.serviceId ?? null,
          message: error.message,
          ...attempt.data,
        } as Prisma.InputJsonObject,
      },
    });
    return fail("conflict", error.message);
  }
}
