import "server-only";
import type { Mail } from "@/server/mail/send-mail";
import type { DbOrTx } from "@/server/db/client";

/**
 * Writes mail into the outbox inside the caller's transaction, so the message exists if and only if the
 * change it reports was committed. Deliver it after commit with `deliverQueuedMail`; whatever SMTP refuses
 * is retried by `npm run jobs:freshness`. Returns the outbox ids.
 */
export async function queueMail(tx: DbOrTx, mails: readonly Mail[]): Promise<string[]> {
  const ids: string[] = [];
  for (const m of mails) {
    const row = await tx.outboxMail.create({ data: { to: m.to, subject: m.subject, text: m.text }, select: { id: true } });
    ids.push(row.id);
  }
  return ids;
}
