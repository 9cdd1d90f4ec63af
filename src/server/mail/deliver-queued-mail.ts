import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { log } from "@/server/log/log";
import { sendMail } from "@/server/mail/send-mail";

const MAX_ATTEMPTS = 10;
/** How long an instance may hold a message while sending it before another instance may try. */
const CLAIM_SECONDS = 120;

export type Delivery = { sent: number; failed: number };

/**
 * Sends outbox mail: the given ids (just after the transaction that queued them), or every message that is
 * due (from the job). Each message is first claimed with an atomic UPDATE … SKIP LOCKED, so two instances
 * never send the same one; a failure is recorded and retried later with a growing delay.
 */
export async function deliverQueuedMail(
  options: { ids?: readonly string[]; limit?: number; now?: Date } = {},
  db: Db = prisma,
): Promise<Delivery> {
  const now = options.now ?? new Date();
  const ids = options.ids ? [...options.ids] : null;
  if (ids && ids.length === 0) return { sent: 0, failed: 0 };
  const claimUntil = new Date(now.getTime() + CLAIM_SECONDS * 1000);
  const due = await db.$queryRaw<Array<{ id: string; to: string; subject: string; text: string; attempts: number }>>`
    UPDATE outbox_mail SET claimed_until = ${claimUntil}, attempts = attempts + 1
     WHERE id IN (
       SELECT id FROM outbox_mail
        WHERE sent_at IS NULL AND attempts < ${MAX_ATTEMPTS}
          AND (claimed_until IS NULL OR claimed_until < ${now})
          AND (${ids}::uuid[] IS NULL OR id = ANY(${ids}::uuid[]))
        ORDER BY created_at
        LIMIT ${options.limit ?? 500}
        FOR UPDATE SKIP LOCKED)
    RETURNING id, "to", subject, text, attempts`;
  let sent = 0;
  let failed = 0;
  for (const m of due) {
    try {
      await sendMail({ to: m.to, subject: m.subject, text: m.text });
      await db.outboxMail.update({ where: { id: m.id }, data: { sentAt: new Date(), claimedUntil: null, lastError: null } });
      sent += 1;
    } catch (error) {
      failed += 1;
      const retryAt = new Date(now.getTime() + m.attempts * 5 * 60_000);
      const message = error instanceof Error ? error.message : String(error);
      log.error("mail.failed", { mailId: m.id, attempt: m.attempts, error });
      await db.outboxMail.update({ where: { id: m.id }, data: { claimedUntil: retryAt, lastError: message.slice(0, 500) } });
    }
  }
  return { sent, failed };
}

/** After a commit: try to send now; a failure stays in the outbox for the job to retry. */
export async function deliverAfterCommit(ids: readonly string[] | undefined, db: Db = prisma): Promise<void> {
  if (!ids?.length) return;
  await deliverQueuedMail({ ids }, db).catch((error: unknown) => log.error("mail.outbox_failed", { error }));
}
