import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";

/**
 * How old the counts may be. Counting afresh reads every listing's terms (130 ms at 100,000 listings), far more
 * than the search itself, so the search page counts at most once a minute: the same minute a shared cache may
 * keep a public page (docs/decisions/0019-page-weight-and-caching.md).
 */
export const LISTING_COUNTS_MAX_AGE_SECONDS = 60;

export type ListingCountsByTerm = { category: Map<string, number>; need: Map<string, number> };
type Stored = { category?: Record<string, number>; need?: Record<string, number> };

const fromStored = (s: Stored): ListingCountsByTerm => ({
  category: new Map(Object.entries(s.category ?? {})),
  need: new Map(Object.entries(s.need ?? {})),
});

/**
 * Published listings per term code of the category and need vocabularies (codes with none are absent). The
 * search page offers only categories that have listings as links, and shows each filter's count, 0 included.
 * The counts are kept in PostgreSQL (`listing_term_counts`), so every app instance shows the same ones; when
 * they are older than `maxAgeSeconds` one request counts again while the others show the last counts.
 */
export async function countListingsByTerm(db: Db = prisma, options: { maxAgeSeconds?: number } = {}): Promise<ListingCountsByTerm> {
  const maxAge = options.maxAgeSeconds ?? LISTING_COUNTS_MAX_AGE_SECONDS;
  const [kept] = await db.$queryRaw<Array<{ counts: Stored; fresh: boolean }>>`
    SELECT counts, counted_at > now() - make_interval(secs => ${maxAge}::int) AS fresh FROM listing_term_counts WHERE id = 1`;
  if (kept?.fresh) return fromStored(kept.counts);
  const recounted = await db.$transaction(async (tx) => {
    // One counter at a time across instances; the rest go on with what is kept (or count for themselves once,
    // before anything has been kept).
    const [lock] = await tx.$queryRaw<
      Array<{ locked: boolean }>
    >`SELECT pg_try_advisory_xact_lock(hashtext('listing_term_counts')) AS locked`;
    if (!lock?.locked) return kept ? null : await tx.$queryRaw<Array<{ counts: Stored }>>(COUNT);
    return tx.$queryRaw<Array<{ counts: Stored }>>`
      INSERT INTO listing_term_counts (id, counts, counted_at) SELECT 1, counts, now() FROM (${COUNT}) c
      ON CONFLICT (id) DO UPDATE SET counts = EXCLUDED.counts, counted_at = EXCLUDED.counted_at
      RETURNING counts`;
  });
  return fromStored(recounted?.[0]?.counts ?? kept?.counts ?? {});
}

// Every published listing's terms, counted: {"category": {code: n}, "need": {code: n}}.
const COUNT = Prisma.sql`
  SELECT coalesce(jsonb_object_agg(slug, codes), '{}'::jsonb) AS counts
    FROM (SELECT slug, jsonb_object_agg(code, n) AS codes
            FROM (SELECT x.slug, t.code, count(DISTINCT a.service_id)::int AS n
                    FROM attribute a
                    JOIN taxonomy_term t ON t.id = a.taxonomy_term_id
                    JOIN taxonomy x ON x.id = t.taxonomy_id
                    JOIN service s ON s.id = a.service_id
                   WHERE x.slug IN ('category', 'need') AND s.listing_status = 'published'
                   GROUP BY x.slug, t.code) per_code
           GROUP BY slug) per_slug`;
