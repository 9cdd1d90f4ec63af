import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";

/** Published services from imported sources, by source, by place and by category code (what the seed left). */
export async function countSeededServices(db: Pick<PrismaClient, "$queryRaw">, sources: string[]) {
  const bySource = await db.$queryRaw<{ key: string; n: bigint }[]>`
    SELECT source AS key, count(*) AS n FROM service WHERE source = ANY(${sources}::text[]) GROUP BY source ORDER BY source`;
  const byPlace = await db.$queryRaw<{ key: string; n: bigint }[]>`
    SELECT l.place_code AS key, count(DISTINCT s.id) AS n
    FROM service s JOIN service_at_location sal ON sal.service_id = s.id JOIN location l ON l.id = sal.location_id
    WHERE s.source = ANY(${sources}::text[]) GROUP BY l.place_code ORDER BY l.place_code`;
  const byCategory = await db.$queryRaw<{ key: string; n: bigint }[]>`
    SELECT term.code AS key, count(*) AS n
    FROM service s JOIN attribute a ON a.service_id = s.id JOIN taxonomy_term term ON term.id = a.taxonomy_term_id
    JOIN taxonomy tax ON tax.id = term.taxonomy_id AND tax.slug = 'category'
    WHERE s.source = ANY(${sources}::text[]) GROUP BY term.code ORDER BY count(*) DESC, term.code`;
  const toRecord = (rows: { key: string; n: bigint }[]) => Object.fromEntries(rows.map((r) => [r.key, Number(r.n)]));
  const bySourceRecord = toRecord(bySource);
  return {
    total: Object.values(bySourceRecord).reduce((sum, n) => sum + n, 0),
    bySource: bySourceRecord,
    byPlace: toRecord(byPlace),
    byCategory: toRecord(byCategory),
  };
}
