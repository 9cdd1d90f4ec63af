import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/server/db/client";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/server/db/embedded-postgres";
import { prepareDatabase } from "@/server/db/prepare-database";
import { resolveReferenceDataDir } from "@/server/seed/reference-files";
import { seedDatabase } from "@/server/seed/seed-database";
import { servicesQuerySchema } from "@/lib/validation/oruk-query";
import { findServices } from "@/server/oruk/find-services";
import { importServices } from "@/server/oruk-import/import-services";
import { feedOf, orukService } from "../support/oruk-records";

// The embedded default (`npm run dev` with no DATABASE_URL) takes the same path as real Postgres: PGlite behind
// the socket server, our migration runner, the real seed, the Prisma pg adapter.
describe("embedded PGlite mode", () => {
  let pglite: EmbeddedPostgres;
  beforeAll(async () => {
    pglite = await startEmbeddedPostgres({}); // in memory
  }, 60_000);
  afterAll(async () => {
    await pglite?.stop();
  });

  it("migrates and seeds on first start, and loads nothing twice on the second", async () => {
    const referenceDataDir = resolveReferenceDataDir();
    const seed = async (db: Db) => void (await seedDatabase(db, { referenceDataDir }));
    const first = await prepareDatabase({ connectionString: pglite.url, seed });
    expect(first.migrated.length).toBeGreaterThan(0);
    expect(first.seeded).toBe(true);

    const second = await prepareDatabase({ connectionString: pglite.url, seed });
    expect(second).toEqual({ migrated: [], seeded: false });

    const db = createPrismaClient(pglite.url);
    try {
      expect(await db.place.count()).toBe(5);
      const near = await db.$queryRaw<Array<{ n: number }>>`
        SELECT count(*)::int AS n FROM location
        WHERE earth_box(ll_to_earth(53.7949, -1.5475), 2000) @> ll_to_earth(lat, lng)
          AND earth_distance(ll_to_earth(53.7949, -1.5475), ll_to_earth(lat, lng)) < 2000`;
      expect(near[0]!.n).toBeGreaterThan(0); // central Leeds has listings within 2 km
    } finally {
      await db.$disconnect();
    }
  }, 180_000);

  it("imports an Open Referral feed and serves it through the API, as on PostgreSQL", async () => {
    const db = createPrismaClient(pglite.url);
    try {
      const feed = feedOf("pglite.example/api/v1", [orukService("pg-1", { name: "Zither circle of Holbeck" })]);
      const first = await importServices({ feed, trust: true, dryRun: false, licence: "OGL-UK-3.0" }, db);
      expect(first).toMatchObject({ new: 1, published: 1, skipped: [] });
      expect(await importServices({ feed, trust: true, dryRun: false, licence: "OGL-UK-3.0" }, db)).toMatchObject({ unchanged: 1 });
      const query = servicesQuerySchema.parse({ search: "zither", postcode: "LS1 1AA", proximity: "2000" });
      const page = await findServices({ query }, db);
      expect(page.ok && page.value.contents.map((c) => c.name)).toEqual(["Zither circle of Holbeck"]);
      // The search index's triggers ran here too: it equals a rebuild from scratch (ADR 0018).
      const [drift] = await db.$queryRaw<Array<{ n: number }>>`
        SELECT count(*)::int AS n FROM ((SELECT e::text FROM search_entry e
          EXCEPT SELECT r::text FROM service s CROSS JOIN LATERAL search_entry_rows_of(s.id) r)
          UNION ALL (SELECT r::text FROM service s CROSS JOIN LATERAL search_entry_rows_of(s.id) r
          EXCEPT SELECT e::text FROM search_entry e)) d`;
      expect(drift!.n).toBe(0);
    } finally {
      await db.$disconnect();
    }
  }, 120_000);
});
