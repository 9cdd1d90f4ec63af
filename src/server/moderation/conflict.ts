import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/client";
import type { Actor } from "@/server/auth/policy";
import { fail, ok, type Result } from "@/lib/result";
import { deliverAfterCommit } from "@/server/mail/deliver-queued-mail";

/** What a moderation use case answers: done, or a conflict said in words (never an exception). */
export type ModerationOutcome = Result<undefined, "conflict">;

/**
 * Thrown inside a transaction when the row changed since the moderator loaded the page (optimistic lock lost)
 * or can no longer take the action; the transaction rolls back and the message is shown to the moderator.
 */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConflictError";
  }
}

/**
 * Runs a moderator's change in one transaction, then delivers the mail it queued (recordDecision). A lost
 * optimistic lock becomes a "conflict" failure and an audit event of its own (written after the rollback),
 * so the history tells the story of who tried what.
 */
export async function moderate(
  db: Db,
  actor: Actor,
  attempt: { action: string; entityType: string; entityId: string; serviceId?: string | null | undefined; data?: Record<string, unknown> },
  work: (tx: Prisma.TransactionClient) => Promise<string[] | void>,
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
        data: { attempted: attempt.action, serviceId: attempt.serviceId ?? null, message: error.message, ...attempt.data } as Prisma.InputJsonObject,
      },
    });
    return fail("conflict", error.message);
  }
}

/** "Another moderator (jo@example.org) approved this at 10:32 on 21 November 2026." */
export function describeDecision(d: { action: string; createdAt: Date; moderator: { email: string } | null } | null): string {
  if (!d) return "Someone else changed it while you were looking.";
  const who = d.moderator ? `Another moderator (${d.moderator.email})` : "Someone else";
  return `${who} ${pastTense(d.action)} it at ${formatDateTime(d.createdAt)}.`;
}

const PAST: Record<string, string> = {
  approve: "approved",
  reject: "rejected",
  request_changes: "asked for changes to",
  archive: "archived",
  merge: "merged",
  verify: "verified",
  resolve: "resolved",
  dismiss: "dismissed",
  edit_categories: "changed the categories of",
};
function pastTense(action: string): string {
  return PAST[action] ?? "changed";
}

export function formatDateTime(d: Date): string {
  return d.toLocaleString("en-GB", { timeZone: "Europe/London", hour: "2-digit", minute: "2-digit", day: "numeric", month: "long", year: "numeric" });
}
