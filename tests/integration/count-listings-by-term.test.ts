import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countListingsByTerm } from "@/server/places/count-listings-by-term";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The filter counts are kept in PostgreSQL for a minute, so every instance shows the same ones and a search
// page does not count 100,000 listings' terms.

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});
afterAll(() => t.drop());

describe("countListingsByTerm", () => {
  it("counts the first time and keeps the counts for every later caller", async () => {
    const first = await countListingsByTerm(t.db);
    expect(first.category.get("nature-green-and-blue-space")).toBeGreaterThan(100);
    const [kept] = await t.db.$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM listing_term_counts`;
    expect(kept?.n).toBe(1);
    // Another instance reads what was kept rather than counting.
    await t.db.$executeRaw`UPDATE listing_term_counts SET counts = '{"category": {"visual-arts": 7}}'`;
    const again = await countListingsByTerm(t.db);
    expect(again.category).toEqual(new Map([["visual-arts", 7]]));
    expect(again.need.size).toBe(0);
  });

  it("counts again once the kept counts are older than allowed", async () => {
    await t.db.$executeRaw`UPDATE listing_term_counts SET counts = '{}', counted_at = now() - interval '2 minutes'`;
    const recounted = await countListingsByTerm(t.db);
    expect(recounted.category.get("nature-green-and-blue-space")).toBeGreaterThan(100);
    const fresh = await countListingsByTerm(t.db, { maxAgeSeconds: 0 });
    expect(fresh.category).toEqual(recounted.category);
  });

  it("waits for nobody: while another instance counts, the kept counts are shown", async () => {
    await t.db
      .$executeRaw`UPDATE listing_term_counts SET counts = '{"need": {"loneliness": 3}}', counted_at = now() - interval '2 minutes'`;
    await t.db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('listing_term_counts'))`;
      const meanwhile = await countListingsByTerm(t.db);
      expect(meanwhile.need).toEqual(new Map([["loneliness", 3]]));
    });
  });
});
