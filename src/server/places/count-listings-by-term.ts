import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";

/**
 * Published listings per term code of the category and need vocabularies (codes with none are absent). The
 * search page offers only categories that have listings as links, and shows each filter's count, 0 included.
 */
export async function countListingsByTerm(db: Db = prisma): Promise<{ category: Map<string, number>; need: Map<string, number> }> {
  const rows = await db.$queryRaw<Array<{ slug: string; code: string; n: number }>>`
    SELECT x.slug, t.code, count(DISTINCT a.service_id)::int AS n
      FROM attribute a
      JOIN taxonomy_term t ON t.id = a.taxonomy_term_id
      JOIN taxonomy x ON x.id = t.taxonomy_id
      JOIN service s ON s.id = a.service_id
     WHERE x.slug IN ('category', 'need') AND s.listing_status = 'published'
     GROUP BY x.slug, t.code`;
  const out = { category: new Map<string, number>(), need: new Map<string, number>() };
  for (const r of rows) out[r.slug as "category" | "need"].set(r.code, r.n);
  return out;
}
