import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { looksLikeBot } from "@/server/http/looks-like-bot";

export type DemandKind = "search" | "shortlist";

/**
 * Counts that listings were wanted today (Europe/London): shown on a first page of search results, or added
 * to a shortlist. One statement for the whole page, each listing once however often it appears on it. Kept
 * in PostgreSQL, so every app instance adds to the same counters. Orders the verify queue (ADR 0032).
 */
export async function recordListingDemand(
  options: { serviceIds: readonly string[]; kind: DemandKind; userAgent?: string | null; now?: Date },
  db: Db = prisma,
): Promise<void> {
  // Crawlers and scripts would put whatever they page through at the top of the verify queue.
  if ("userAgent" in options && looksLikeBot(options.userAgent)) return;
  const ids = [...new Set(options.serviceIds)];
  if (ids.length === 0) return;
  const now = options.now ?? new Date();
  const search = options.kind === "search" ? 1 : 0;
  const shortlist = options.kind === "shortlist" ? 1 : 0;
  // Only ids of real listings: a stale cookie or a deleted listing must not fail the insert.
  await db.$executeRaw`
    INSERT INTO listing_demand_day (service_id, day, search_appearances, shortlist_adds)
    SELECT s.id, (${now}::timestamptz AT TIME ZONE 'Europe/London')::date, ${search}, ${shortlist}
      FROM service s WHERE s.id = ANY(${ids}::uuid[])
    ON CONFLICT (service_id, day) DO UPDATE
      SET search_appearances = listing_demand_day.search_appearances + EXCLUDED.search_appearances,
          shortlist_adds = listing_demand_day.shortlist_adds + EXCLUDED.shortlist_adds`;
}
