import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { assertModerator, type Actor } from "@/server/auth/policy";
import { QUEUE_KINDS, type QueueFilter, type QueueKind } from "@/lib/validation/moderation";

export const QUEUE_PAGE_SIZE = 25;

export type QueueItem = {
  kind: QueueKind;
  /** The revision, claim, report or import record id; the service id for stale listings. */
  itemId: string;
  serviceId: string;
  title: string;
  since: Date;
  placeCodes: string[];
  /** Made against an older live version (edits only). */
  behind: boolean;
  /** A short line: who submitted it, the report topic, the claiming organisation, the feed. */
  detail: string | null;
};

export type Queue = { items: QueueItem[]; total: number; counts: Record<QueueKind, number> };

const placesOf = Prisma.sql`ARRAY(SELECT DISTINCT l.place_code::text FROM service_at_location sal JOIN location l ON l.id = sal.location_id
                                  WHERE sal.service_id = s.id AND l.place_code IS NOT NULL)`;

// Everything waiting for a moderator, as one list. Place: a revision's proposed venues (a new listing has no
// venue rows until it is approved), else the live listing's venues; a feed import's pending venues, with the
// listing's venues as well (a pending value without postcodes still has a place if the listing has one).
const items = Prisma.sql`
  WITH items AS (
    SELECT CASE WHEN s.listing_status = 'published' THEN 'edit' ELSE 'new_listing' END AS kind,
           r.id AS item_id, s.id AS service_id, COALESCE(r.data->>'name', s.name) AS title,
           COALESCE(r.submitted_at, r.updated_at) AS since,
           ARRAY(SELECT DISTINCT p.place_code::text FROM jsonb_array_elements(COALESCE(r.data->'locations', '[]'::jsonb)) loc
                   JOIN postcode p ON p.pcd = loc->>'postcode') AS place_codes,
           (s.listing_status = 'published' AND r.base_version < s.version) AS behind,
           u.email AS detail
      FROM revision r JOIN service s ON s.id = r.service_id LEFT JOIN "user" u ON u.id = r.created_by_id
     WHERE r.status = 'pending' AND s.listing_status <> 'archived'
    UNION ALL
    SELECT 'claim', c.id, s.id, s.name, c.created_at, ${placesOf}, false, o.name
      FROM claim_request c JOIN service s ON s.id = c.service_id JOIN organisation o ON o.id = c.organisation_id
     WHERE c.status = 'pending' AND s.listing_status <> 'archived'
    UNION ALL
    SELECT 'report', rp.id, s.id, s.name, rp.created_at, ${placesOf}, false, rp.topic
      FROM report rp JOIN service s ON s.id = rp.service_id
     WHERE rp.status = 'open'
    UNION ALL
    SELECT 'stale', s.id, s.id, s.name, s.stale_since, ${placesOf}, false, NULL
      FROM service s
     WHERE s.stale_since IS NOT NULL AND s.listing_status = 'published'
    UNION ALL
    SELECT 'import', ir.id, s.id, COALESCE(ir.pending->>'name', s.name), COALESCE(ir.queued_at, ir.fetched_at),
           ARRAY(SELECT DISTINCT p.place_code::text FROM jsonb_array_elements(COALESCE(ir.pending->'locations', '[]'::jsonb)) loc
                   JOIN postcode p ON p.pcd = loc->>'postcode'
                 UNION
                 SELECT l.place_code::text FROM service_at_location sal JOIN location l ON l.id = sal.location_id
                  WHERE sal.service_id = s.id AND l.place_code IS NOT NULL),
           false, ir.feed
      FROM import_record ir JOIN service s ON s.id = ir.service_id
     WHERE ir.pending IS NOT NULL AND s.listing_status <> 'archived'
  )`;

/** The queue, oldest first, filtered by kind, place and age, with counts per kind under the same place/age filter. */
export async function listQueue(filter: QueueFilter, actor: Actor, db: Db = prisma, now: Date = new Date()): Promise<Queue> {
  assertModerator(actor);
  const olderThan = filter.age ? new Date(now.getTime() - Number(filter.age) * 86_400_000) : null;
  const where = Prisma.sql`WHERE (${filter.place ?? null}::text IS NULL OR ${filter.place ?? null}::text = ANY(place_codes))
                             AND (${olderThan}::timestamptz IS NULL OR since < ${olderThan}::timestamptz)`;
  const kind = filter.kind ?? null;
  const offset = (filter.page - 1) * QUEUE_PAGE_SIZE;
  const [rows, counts] = await Promise.all([
    db.$queryRaw<
      Array<{
        kind: QueueKind;
        item_id: string;
        service_id: string;
        title: string;
        since: Date;
        place_codes: string[];
        behind: boolean;
        detail: string | null;
      }>
    >`
      ${items} SELECT * FROM items ${where} AND (${kind}::text IS NULL OR kind = ${kind}::text)
      ORDER BY since, item_id LIMIT ${QUEUE_PAGE_SIZE} OFFSET ${offset}`,
    db.$queryRaw<Array<{ kind: QueueKind; n: number }>>`${items} SELECT kind, count(*)::int AS n FROM items ${where} GROUP BY kind`,
  ]);
  const byKind = Object.fromEntries(QUEUE_KINDS.map((k) => [k, counts.find((c) => c.kind === k)?.n ?? 0])) as Record<QueueKind, number>;
  return {
    items: rows.map((r) => ({
      kind: r.kind,
      itemId: r.item_id,
      serviceId: r.service_id,
      title: r.title,
      since: r.since,
      placeCodes: r.place_codes,
      behind: r.behind,
      detail: r.detail,
    })),
    total: kind ? byKind[kind] : Object.values(byKind).reduce((a, b) => a + b, 0),
    counts: byKind,
  };
}

/** How many items are waiting in all (the number in the navigation): the same conditions, counted only. */
export async function countQueue(actor: Actor, db: Db = prisma): Promise<number> {
  assertModerator(actor);
  const [row] = await db.$queryRaw<Array<{ n: number }>>`
    SELECT (SELECT count(*) FROM revision r JOIN service s ON s.id = r.service_id WHERE r.status = 'pending' AND s.listing_status <> 'archived')
         + (SELECT count(*) FROM claim_request c JOIN service s ON s.id = c.service_id WHERE c.status = 'pending' AND s.listing_status <> 'archived')
         + (SELECT count(*) FROM report WHERE status = 'open')
         + (SELECT count(*) FROM service WHERE stale_since IS NOT NULL AND listing_status = 'published')
         + (SELECT count(*) FROM import_record ir JOIN service s ON s.id = ir.service_id
             WHERE ir.pending IS NOT NULL AND s.listing_status <> 'archived')
      AS n`;
  return Number(row?.n ?? 0);
}
