import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { assertModerator, type Actor } from "@/server/auth/policy";
import { verificationQueueOrder, verificationQueueSql } from "./verification-queue-sql";

export const VERIFICATION_BATCH_PAGE = 25;

export type VerificationQueueRow = {
  id: string;
  name: string;
  version: number;
  url: string | null;
  source: string;
  /** Over the last DEMAND_DAYS: times on a first page of search results, and shortlist adds. */
  searches: number;
  shortlists: number;
  /** When someone last could not reach it, if that was recent enough to keep it at the bottom. */
  unreachableAt: Date | null;
  where: string;
};

/** The listings waiting to be verified, most wanted first, a page at a time, with how many wait in all. */
export async function listVerificationBatch(
  options: { placeCode?: string | undefined; now?: Date; take?: number },
  actor: Actor,
  db: Db = prisma,
): Promise<{ items: VerificationQueueRow[]; total: number }> {
  assertModerator(actor);
  const now = options.now ?? new Date();
  const queue = verificationQueueSql({ placeCode: options.placeCode, now });
  const [ranked, counted] = await Promise.all([
    db.$queryRaw<Array<{ id: string; searches: number; shortlists: number; unreachable_at: Date | null }>>`
      SELECT id, searches, shortlists, unreachable_at FROM (${queue}) q ${verificationQueueOrder} LIMIT ${options.take ?? VERIFICATION_BATCH_PAGE}`,
    db.$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM (${queue}) q`,
  ]);
  const services = await db.service.findMany({
    where: { id: { in: ranked.map((r) => r.id) } },
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
  });
  const byId = new Map(services.map((s) => [s.id, s]));
  const items = ranked.flatMap((r) => {
    const s = byId.get(r.id);
    if (!s) return [];
    const l = s.serviceAtLocations[0]?.location;
    const where = l ? [l.address1, l.city, l.postcode, l.place?.name].filter(Boolean).join(", ") : "No address";
    return [
      {
        id: s.id,
        name: s.name,
        version: s.version,
        url: s.url,
        source: s.source,
        searches: r.searches,
        shortlists: r.shortlists,
        unreachableAt: r.unreachable_at,
        where,
      },
    ];
  });
  return { items, total: counted[0]?.n ?? 0 };
}

/** The listing to check after this one (the top of the queue, leaving this one out), or null when none is left. */
export async function nextToVerify(
  options: { after: string; placeCode?: string | undefined; now?: Date },
  actor: Actor,
  db: Db = prisma,
): Promise<string | null> {
  assertModerator(actor);
  const queue = verificationQueueSql({ placeCode: options.placeCode, now: options.now ?? new Date() });
  const [row] = await db.$queryRaw<
    Array<{ id: string }>
  >`SELECT id FROM (${queue}) q WHERE q.id <> ${options.after}::uuid ${verificationQueueOrder} LIMIT 1`;
  return row?.id ?? null;
}

/** How many listings wait to be verified (for the moderation queue's link). */
export async function countVerificationQueue(actor: Actor, db: Db = prisma): Promise<number> {
  assertModerator(actor);
  const [row] = await db.$queryRaw<Array<{ n: number }>>`
    SELECT count(*)::int AS n FROM (${verificationQueueSql({ now: new Date() })}) q`;
  return row?.n ?? 0;
}
