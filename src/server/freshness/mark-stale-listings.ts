import "server-only";
import type { Db } from "@/server/db/client";
import { queueMail } from "@/server/mail/queue-mail";
import { STALE_AFTER_MONTHS } from "./freshness-rules";
import { staleMail } from "./freshness-mail";
import { membersOf } from "./members-of";

/**
 * Published listings unverified for 12 months become stale (demoted in search, queued for moderators), with
 * an audit event and an email to their owners, in one transaction. `stale_since IS NULL` in the UPDATE is the
 * marker: a second run, or a second instance at the same moment, finds nothing left to mark.
 */
export async function markStaleListings(db: Db, now: Date): Promise<{ marked: number; mailIds: string[] }> {
  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<Array<{ id: string; name: string; verified_at: Date; organisation_id: string | null }>>`
        UPDATE service SET stale_since = ${now}
         WHERE listing_status = 'published' AND stale_since IS NULL AND verified_at IS NOT NULL
           AND verified_at <= ${now}::timestamptz - make_interval(months => ${STALE_AFTER_MONTHS})
        RETURNING id, name, verified_at, organisation_id`;
      if (rows.length === 0) return { marked: 0, mailIds: [] };
      await tx.auditEvent.createMany({
        data: rows.map((r) => ({
          action: "service.marked_stale",
          entityType: "service",
          entityId: r.id,
          data: { verifiedAt: r.verified_at.toISOString(), by: "jobs:freshness" },
        })),
      });
      const mailIds: string[] = [];
      for (const r of rows) {
        const members = await membersOf(tx, r.organisation_id);
        mailIds.push(
          ...(await queueMail(
            tx,
            members.map((m) => staleMail({ to: m.email, userId: m.id, serviceId: r.id, name: r.name, verifiedAt: r.verified_at, now })),
          )),
        );
      }
      return { marked: rows.length, mailIds };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
