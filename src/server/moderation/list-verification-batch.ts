import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { assertModerator, type Actor } from "@/server/auth/policy";

export const VERIFICATION_BATCH_PAGE = 25;

/** The imported listings the freshness job has queued for checking, oldest first, a page at a time. */
export async function listVerificationBatch(options: { placeCode?: string | undefined }, actor: Actor, db: Db = prisma) {
  assertModerator(actor);
  const where = {
    listingStatus: "published" as const,
    queuedForVerificationAt: { not: null },
    staleSince: null,
    ...(options.placeCode ? { serviceAtLocations: { some: { location: { placeCode: options.placeCode } } } } : {}),
  };
  const [items, total] = await Promise.all([
    db.service.findMany({
      where,
      orderBy: [{ queuedForVerificationAt: "asc" }, { id: "asc" }],
      take: VERIFICATION_BATCH_PAGE,
      select: {
        id: true,
        name: true,
        version: true,
        url: true,
        source: true,
        serviceAtLocations: {
          take: 1,
          select: { location: { select: { address1: true, city: true, postcode: true, place: { select: { name: true } } } } },
        },
      },
    }),
    db.service.count({ where }),
  ]);
  return { items, total };
}
