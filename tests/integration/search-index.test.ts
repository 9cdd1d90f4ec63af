import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/auth/policy";
import { archiveListing } from "@/server/moderation/archive-listing";
import { mergeListing } from "@/server/moderation/merge-listing";
import { importServices } from "@/server/oruk-import/import-services";
import { makeModerator, makePublishedListing } from "../support/factories";
import { feedOf, orukService } from "../support/oruk-records";
import { addService } from "../support/search-fixture";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The search index (search_entry, ADR 0018) is kept in step by triggers at commit: after every kind of change it
// must hold exactly what a rebuild from scratch gives (search_entry_rows_of over every published service).

let t: TestDatabase;
let moderator: Actor;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  moderator = await makeModerator(t.db);
});
afterAll(() => t?.drop());

/** Rows in the index that a rebuild would not write, and rows a rebuild would write that the index lacks. */
async function drift() {
  const [row] = await t.db.$queryRaw<Array<{ extra: number; missing: number; rows: number }>>`
    WITH fresh AS (SELECT r::text AS r FROM service s CROSS JOIN LATERAL search_entry_rows_of(s.id) r),
         kept AS (SELECT e::text AS r FROM search_entry e)
    SELECT (SELECT count(*) FROM (SELECT r FROM kept EXCEPT ALL SELECT r FROM fresh) x)::int AS extra,
           (SELECT count(*) FROM (SELECT r FROM fresh EXCEPT ALL SELECT r FROM kept) x)::int AS missing,
           (SELECT count(*) FROM search_entry)::int AS rows`;
  return row!;
}
// Dates may be null inside the session arrays, which Prisma cannot read.
const entries = (serviceId: string) =>
  t.db.searchEntry.findMany({ where: { serviceId }, orderBy: { slot: "asc" }, omit: { sessionStarts: true, sessionValidTo: true } });

describe("search_entry", () => {
  it("matches a full rebuild after the seed, with a row for every published service", async () => {
    const d = await drift();
    expect(d).toMatchObject({ extra: 0, missing: 0 });
    const published = await t.db.service.count({ where: { listingStatus: "published" } });
    const services = await t.db.$queryRaw<Array<{ n: number }>>`SELECT count(DISTINCT service_id)::int AS n FROM search_entry`;
    expect(services[0]!.n).toBe(published);
  });

  it("follows publish, and edits of the name, categories, sessions, venue and facts", async () => {
    const id = await addService(t.db, {
      name: "Index Choir",
      km: 1,
      categories: ["singing-and-choirs"],
      sessions: [{ byDay: "TU", opensAt: 600, closesAt: 660 }],
      isFree: true,
    });
    expect(await drift()).toMatchObject({ extra: 0, missing: 0 });
    expect((await entries(id))[0]).toMatchObject({ name: "Index Choir", sessionDays: ["TU"], isFree: true, costState: "imported" });

    await t.db.service.update({ where: { id }, data: { name: "Index Singers", staleSince: new Date() } });
    const term = await t.db.taxonomyTerm.findFirstOrThrow({ where: { code: "walking-groups" } });
    await t.db.attribute.create({ data: { serviceId: id, taxonomyTermId: term.id } });
    await t.db.schedule.create({ data: { serviceId: id, byDay: "FR", opensAt: 900, closesAt: 960 } });
    await t.db.serviceFact.update({ where: { serviceId_fact: { serviceId: id, fact: "cost" } }, data: { state: "confirmed" } });
    const sal = await t.db.serviceAtLocation.findFirstOrThrow({ where: { serviceId: id } });
    await t.db.location.update({ where: { id: sal.locationId }, data: { hideExactAddress: true, lat: 53.7312345 } });
    expect(await drift()).toMatchObject({ extra: 0, missing: 0 });
    const [row] = await entries(id);
    expect(row).toMatchObject({ name: "Index Singers", stale: true, lat: 53.73, costState: "confirmed" });
    expect([...row!.sessionDays].sort()).toEqual(["FR", "TU"]);
    expect(row!.categoryIds).toContain(term.id);

    // A second venue where nothing is on: once a session names the first venue, only that one counts.
    const other = await t.db.location.create({ data: { name: "Elsewhere", lat: 53.8, lng: -1.6 } });
    const sal2 = await t.db.serviceAtLocation.create({ data: { serviceId: id, locationId: other.id } });
    await t.db.schedule.updateMany({ where: { serviceId: id }, data: { serviceAtLocationId: null } });
    expect(await entries(id)).toHaveLength(2);
    await t.db.schedule.updateMany({ where: { serviceId: id }, data: { serviceAtLocationId: sal.id } });
    expect((await entries(id)).map((e) => e.locationId)).toEqual([sal.locationId]);
    await t.db.serviceAtLocation.delete({ where: { id: sal2.id } });
    expect(await drift()).toMatchObject({ extra: 0, missing: 0 });
  });

  it("keeps a row without a venue for an online listing, and drops an archived one", async () => {
    const id = await addService(t.db, { name: "Index Online", noVenue: true, attendingTypes: ["online"] });
    expect(await entries(id)).toMatchObject([{ slot: 0, locationId: null, lat: null, venueCount: 0 }]);
    const service = await t.db.service.findUniqueOrThrow({ where: { id } });
    const archived = await archiveListing({ serviceId: id, version: service.version, reason: "Closed down." }, moderator, t.db);
    expect(archived.ok).toBe(true);
    expect(await entries(id)).toEqual([]);
    expect(await drift()).toMatchObject({ extra: 0, missing: 0 });
  });

  it("follows a merge and an import", async () => {
    const keep = await makePublishedListing(t.db);
    const dup = await makePublishedListing(t.db);
    expect((await entries(dup.id)).length).toBeGreaterThan(0);
    const merged = await mergeListing(
      { duplicateId: dup.id, duplicateVersion: dup.version, targetId: keep.id, reason: "Listed twice." },
      moderator,
      t.db,
    );
    expect(merged.ok).toBe(true);
    expect(await entries(dup.id)).toEqual([]);

    await importServices(
      { feed: feedOf("index.example/api/v1", [orukService("i1"), orukService("i2")]), trust: true, dryRun: false, licence: "OGL-3.0" },
      t.db,
    );
    const imported = await t.db.service.findMany({ where: { source: "oruk:index.example/api/v1", listingStatus: "published" } });
    expect(imported).toHaveLength(2);
    for (const s of imported) expect((await entries(s.id)).length).toBeGreaterThan(0);
    expect(await drift()).toMatchObject({ extra: 0, missing: 0 });
  });

  it("is rebuilt from scratch by search_entry_reindex()", async () => {
    const before = await drift();
    await t.db.$executeRaw`DELETE FROM search_entry`;
    await t.db.$queryRaw`SELECT search_entry_reindex()`;
    expect(await drift()).toMatchObject({ extra: 0, missing: 0, rows: before.rows });
  });
});
