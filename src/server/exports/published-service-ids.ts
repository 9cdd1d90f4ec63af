import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/client";

/**
 * Every published service id, in id order, a batch at a time: keyset paging (id > the last one) so the
 * hundredth batch costs what the first does, and an export never holds more than one batch of records.
 */
export async function* publishedServiceIds(db: Db, batchSize = 500): AsyncGenerator<string[]> {
  let after: string | null = null;
  for (;;) {
    const rows: Array<{ id: string }> = await db.$queryRaw(Prisma.sql`
      SELECT id::text FROM service WHERE listing_status = 'published'
        ${after ? Prisma.sql`AND id > ${after}::uuid` : Prisma.empty}
      ORDER BY id LIMIT ${batchSize}::int`);
    if (rows.length === 0) return;
    yield rows.map((r) => r.id);
    after = rows[rows.length - 1]!.id;
    if (rows.length < batchSize) return;
  }
}
