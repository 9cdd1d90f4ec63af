import "server-only";
import type { Db } from "@/server/db/client";
import { queueMail } from "@/server/mail/queue-mail";
import { ASK_AFTER_MONTHS, REMIND_AFTER_MONTHS, STALE_AFTER_MONTHS } from "./freshness-rules";
import { reconfirmMail } from "./freshness-mail";
import { membersOf } from "./members-of";

type Stage = "ask" | "remind";
const WINDOWS: Record<Stage, [number, number]> = {
  ask: [ASK_AFTER_MONTHS, REMIND_AFTER_MONTHS],
  remind: [REMIND_AFTER_MONTHS, STALE_AFTER_MONTHS],
};

/**
 * Asks owners to re-confirm (6 months) or reminds them (11 months). Each listing's notice is claimed by
 * inserting its "already sent" row (service, stage, the verified_at it is about) in the same transaction that
 * queues the mail: a rerun or a second instance hits the unique key and sends nothing. A listing whose
 * verified_at moves on starts a new cycle.
 */
export async function sendReconfirmNotices(db: Db, now: Date, stage: Stage): Promise<{ sent: number; mailIds: string[] }> {
  const [from, to] = WINDOWS[stage];
  const due = await db.$queryRaw<Array<{ id: string; name: string; verified_at: Date; organisation_id: string }>>`
    SELECT s.id, s.name, s.verified_at, s.organisation_id
      FROM service s
     WHERE s.listing_status = 'published' AND s.stale_since IS NULL AND s.organisation_id IS NOT NULL
       AND s.verified_at <= ${now}::timestamptz - make_interval(months => ${from})
       AND s.verified_at >  ${now}::timestamptz - make_interval(months => ${to})
       AND EXISTS (SELECT 1 FROM membership m WHERE m.organisation_id = s.organisation_id)
       AND NOT EXISTS (SELECT 1 FROM freshness_notice n WHERE n.service_id = s.id AND n.stage = ${stage} AND n.cycle = s.verified_at)
     ORDER BY s.verified_at, s.id`;
  let sent = 0;
  const mailIds: string[] = [];
  for (const s of due) {
    const ids = await db.$transaction(async (tx) => {
      const members = await membersOf(tx, s.organisation_id);
      const claimed = await tx.$executeRaw`
        INSERT INTO freshness_notice (id, service_id, stage, cycle, recipients, sent_at)
        VALUES (gen_random_uuid(), ${s.id}::uuid, ${stage}, ${s.verified_at}, ${members.length}, ${now})
        ON CONFLICT (service_id, stage, cycle) DO NOTHING`;
      if (claimed === 0) return null;
      await tx.auditEvent.create({
        data: {
          action: stage === "ask" ? "service.reconfirm_asked" : "service.reconfirm_reminded",
          entityType: "service",
          entityId: s.id,
          data: { recipients: members.length, verifiedAt: s.verified_at.toISOString() },
        },
      });
      return queueMail(
        tx,
        members.map((m) =>
          reconfirmMail(stage, { to: m.email, userId: m.id, serviceId: s.id, name: s.name, verifiedAt: s.verified_at, now }),
        ),
      );
    });
    if (ids) {
      sent += 1;
      mailIds.push(...ids);
    }
  }
  return { sent, mailIds };
}
