import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { deliverQueuedMail, type Delivery } from "@/server/mail/deliver-queued-mail";
import { markStaleListings } from "./mark-stale-listings";
import { pruneListingDemand } from "./prune-listing-demand";
import { sendReconfirmNotices } from "./send-reconfirm-notices";

export type FreshnessRun = { markedStale: number; asked: number; reminded: number; prunedDemandDays: number; mail: Delivery };

/**
 * One pass of the freshness schedule (docs/decisions/0031-freshness-job.md). Every step is idempotent, so
 * running it twice, or on two instances at once, changes and sends nothing twice. Stale first, so a listing
 * that is past 12 months is marked rather than reminded. Ends by delivering all due outbox mail (including
 * retries of mail that SMTP refused earlier). It also drops demand counts older than the verification queue reads.
 */
export async function runFreshness(options: { now?: Date } = {}, db: Db = prisma): Promise<FreshnessRun> {
  const now = options.now ?? new Date();
  const stale = await markStaleListings(db, now);
  const remind = await sendReconfirmNotices(db, now, "remind");
  const ask = await sendReconfirmNotices(db, now, "ask");
  const pruned = await pruneListingDemand(db, now);
  const mail = await deliverQueuedMail({ now }, db);
  return { markedStale: stale.marked, asked: ask.sent, reminded: remind.sent, prunedDemandDays: pruned.deleted, mail };
}
