import "server-only";
import type { DbOrTx } from "@/server/db/client";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/server/auth/policy";
import { queueMail } from "@/server/mail/queue-mail";
import type { Mail } from "@/server/mail/send-mail";

export type Decision = {
  /** approve | reject | request_changes | archive | merge | verify | unreachable | resolve | dismiss | edit_categories */
  action: string;
  serviceId: string;
  revisionId?: string;
  claimId?: string;
  reportId?: string;
  reason?: string | null;
};

export type AuditEntry = { action: string; entityType: string; entityId: string; data: Prisma.InputJsonObject };

/**
 * How every moderation use case ends, inside its transaction: the decision row (the listing's history), the
 * audit event(s), and the mail to the people it concerns, queued in the outbox so it exists only if the
 * decision commits. Returns the outbox ids for delivery after commit.
 */
export async function recordDecision(
  tx: DbOrTx,
  actor: Actor,
  decision: Decision,
  audit: AuditEntry | AuditEntry[],
  mail: readonly Mail[] = [],
): Promise<string[]> {
  const { action, serviceId, revisionId, claimId, reportId, reason } = decision;
  await tx.moderationDecision.create({
    data: {
      serviceId,
      moderatorId: actor.id,
      action,
      reason: reason ?? null,
      ...(revisionId ? { revisionId } : {}),
      ...(claimId ? { claimId } : {}),
      ...(reportId ? { reportId } : {}),
    },
  });
  const entries = Array.isArray(audit) ? audit : [audit];
  await tx.auditEvent.createMany({ data: entries.map((e) => ({ actorId: actor.id, ...e })) });
  return queueMail(tx, mail);
}
