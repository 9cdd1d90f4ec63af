import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/client";
import { DEMAND_DAYS } from "@/server/moderation/verification-queue-sql";

/**
 * Deletes the per-listing, per-day demand counts (search appearances, shortlist adds) older than the window the
 * verification queue reads (the last `DEMAND_DAYS` London days), so the table holds at most that many days a
 * listing instead of growing every day for ever. Idempotent: a second run the same day deletes nothing.
 */
export async function pruneListingDemand(db: Db, now: Date): Promise<{ deleted: number }> {
  const deleted = await db.$executeRaw(Prisma.sql`
    DELETE FROM listing_demand_day
     WHERE day <= (${now}::timestamptz AT TIME ZONE 'Europe/London')::date - ${DEMAND_DAYS}::int`);
  return { deleted };
}
