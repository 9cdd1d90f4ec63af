import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readAreaCoverage } from "@/server/insights/read-area-coverage";
import { readCategoryCoverage } from "@/server/insights/read-category-coverage";
import { readListingTrend } from "@/server/insights/read-listing-trend";
import { createPrismaClient } from "@/server/db/client";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/server/db/embedded-postgres";
import { migrate } from "@/server/db/migrate";
import { readUnmetDemand } from "@/server/insights/read-unmet-demand";
import { CHOIRS, loadCoverageFixture, PLACE_B } from "../fixtures/coverage-fixture";

// `npm run dev` runs on the embedded PGlite (PostgreSQL 18 in WebAssembly): the coverage SQL — earthdistance,
// GROUPING SETS, the session settings — must work there too and give the same hand-worked figures.
describe("coverage statistics on the embedded PGlite", () => {
  let pglite: EmbeddedPostgres;
  let db: ReturnType<typeof createPrismaClient>;
  beforeAll(async () => {
    pglite = await startEmbeddedPostgres({});
    await migrate({ connectionString: pglite.url });
    db = createPrismaClient(pglite.url);
    await loadCoverageFixture(db);
  }, 120_000);
  afterAll(async () => {
    await db?.$disconnect();
    await pglite?.stop();
  });

  it.each(["from-venues", "from-lsoas"] as const)("gives the same rates and distances (%s)", async (strategy) => {
    const { westYorkshire, wards } = await readAreaCoverage({ filters: { category: CHOIRS, verifiedOnly: false }, strategy }, db);
    // See tests/integration/coverage-statistics.test.ts for the arithmetic.
    expect(westYorkshire).toMatchObject({ listings: 4, per10k: 0.25, beyond1kmPct: 68.2, beyond2kmPct: 27.3 });
    expect(wards.find((w) => w.code === "W02")).toMatchObject({ per10k: 0, gapRank: 1, beyond1kmPct: 100, beyond2kmPct: 60 });
  });

  it("runs the other page queries", async () => {
    const now = new Date("2026-05-10T09:00:00Z");
    expect((await readCategoryCoverage({ verifiedOnly: false }, db))[0]!.areas.E47000003).toEqual({ listings: 5, per10k: 0.31 });
    expect((await readListingTrend({ filters: { verifiedOnly: false }, now }, db)).at(-1)).toMatchObject({ total: 5 });
    expect((await readUnmetDemand({ now }, db)).byMonth).toEqual([]);
  });

  it("keeps the trend's month counts as the listings give them (ADR 0041)", async () => {
    const now = new Date("2026-05-10T09:00:00Z");
    for (const filters of [{ verifiedOnly: false }, { category: CHOIRS, verifiedOnly: true }]) {
      for (const place of [undefined, PLACE_B.code]) {
        const maintained = await readListingTrend({ filters, place, now }, db);
        expect(maintained).toEqual(await readListingTrend({ filters, place, now, strategy: "from-listings" }, db));
      }
    }
  });
});
