import type { PrismaClient } from "@/generated/prisma/client";

/**
 * Adds `count` published-or-pending synthetic services for benchmarks, each with one venue at a real West
 * Yorkshire postcode (so density follows where people live) and one or two categories. Categories are skewed
 * (the first in the vocabulary ≈ 35%, the last ≈ 1.4%) so there are common and rare ones, as in real data.
 * 90% are published and 40% verified. Deterministic for a given database (setseed).
 */
export async function addSyntheticListings(db: PrismaClient, count: number): Promise<number> {
  if (count <= 0) return 0;
  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT setseed(0.42)`;
      await tx.$executeRaw`CREATE TEMP TABLE bench_pc ON COMMIT DROP AS
        SELECT row_number() OVER (ORDER BY p.pcd) AS n, p.pcd, p.lat, p.lng, p.lsoa_code, p.place_code, z.ward_code
        FROM postcode p JOIN lsoa z ON z.code = p.lsoa_code`;
      await tx.$executeRaw`CREATE TEMP TABLE bench_term ON COMMIT DROP AS
        SELECT t.id, (row_number() OVER (ORDER BY t.sort_order, t.code) - 1)::int AS k
        FROM taxonomy_term t JOIN taxonomy x ON x.id = t.taxonomy_id AND x.slug = 'category'`;
      await tx.$executeRaw`CREATE TEMP TABLE bench_new ON COMMIT DROP AS
        SELECT i, gen_random_uuid() AS sid, gen_random_uuid() AS lid,
               1 + floor(random() * (SELECT count(*) FROM bench_pc))::int AS pcn,
               random() < 0.9 AS published, random() < 0.4 AS verified,
               floor((SELECT count(*) FROM bench_term) * power(random(), 3))::int AS c1,
               CASE WHEN random() < 0.3 THEN floor((SELECT count(*) FROM bench_term) * power(random(), 3))::int END AS c2
        FROM generate_series(1, ${count}::int) i`;
      await tx.$executeRaw`INSERT INTO service (id, name, description, status, listing_status, verified_at, source, source_id, created_at, updated_at)
        SELECT sid, 'Synthetic listing ' || i, '', 'active', (CASE WHEN published THEN 'published' ELSE 'pending' END)::listing_status,
               CASE WHEN verified THEN now() - random() * interval '400 days' END, 'bench', 'bench-' || i,
               now() - random() * interval '720 days', now()
        FROM bench_new`;
      await tx.$executeRaw`INSERT INTO location (id, location_type, postcode, lat, lng, place_code, ward_code, lsoa_code, source, source_id, updated_at)
        SELECT lid, 'physical', pc.pcd, pc.lat, pc.lng, pc.place_code, pc.ward_code, pc.lsoa_code, 'bench', 'bench-' || i, now()
        FROM bench_new JOIN bench_pc pc ON pc.n = bench_new.pcn`;
      await tx.$executeRaw`INSERT INTO service_at_location (id, service_id, location_id) SELECT gen_random_uuid(), sid, lid FROM bench_new`;
      await tx.$executeRaw`INSERT INTO attribute (id, taxonomy_term_id, service_id)
        SELECT gen_random_uuid(), t.id, n.sid FROM bench_new n JOIN bench_term t ON t.k = n.c1 OR t.k = n.c2`;
    },
    { timeout: 300_000, maxWait: 10_000 },
  );
  await db.$executeRawUnsafe("ANALYZE");
  return count;
}
