import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/server/seed/seed-database";
import { resolveReferenceDataDir } from "@/server/seed/reference-files";
import { verifyListing } from "@/server/moderation/verify-listing";
import { readListingFacts } from "@/server/listings/read-listing-facts";
import { makeModerator } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// Facts with their provenance on a seeded directory (ADR 0009): re-seeding keeps what people confirmed and
// fills in what an older seed left out.
const referenceDataDir = resolveReferenceDataDir();
let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
}, 120_000);
afterAll(async () => {
  await t?.drop();
});

const dewsbury = () =>
  t.db.service.findFirstOrThrow({
    where: { source: "libraries-hacked", name: "Dewsbury Library" },
    include: { schedules: true, facts: true },
  });

describe("seeded facts", () => {
  it("gives Dewsbury Library its council opening hours, free and drop in as usual for a library, with provenance", async () => {
    const result = await readListingFacts({ serviceId: (await dewsbury()).id }, t.db);
    expect(result!.listing.sessions.length).toBeGreaterThan(3);
    expect(result!.facts.schedule).toMatchObject({ state: "imported", sources: ["libraries-hacked-councils"] });
    expect(result!.facts.cost).toMatchObject({ state: "usual", kindOfPlace: "library" });
    expect(result!.facts.access).toMatchObject({ state: "usual", kindOfPlace: "library" });
    expect(result!.listing).toMatchObject({ isFree: true, accessTypes: ["drop_in"], verifiedAt: null });
    expect(result!.listing.email).toMatch(/@kirklees\.gov\.uk$/);
    expect(result!.facts.contact?.state).toBe("imported");
  });

  it("leaves no website without a scheme", async () => {
    const urls = await t.db.service.findMany({ where: { url: { not: null } }, select: { url: true } });
    expect(urls.length).toBeGreaterThan(100);
    expect(urls.filter((u) => !/^https?:\/\/[^/]+\.[a-z]{2,}/i.test(u.url!))).toEqual([]);
  });

  it("a re-seed leaves a moderator's confirmed hours and cost as they set them", async () => {
    const moderator = await makeModerator(t.db);
    const library = await dewsbury();
    await t.db.schedule.deleteMany({ where: { serviceId: library.id } });
    await t.db.schedule.create({ data: { serviceId: library.id, freq: "WEEKLY", interval: 1, byDay: "TU", opensAt: 600, closesAt: 660 } });
    await t.db.service.update({ where: { id: library.id }, data: { isFree: false, fees: "£1 a visit" } });
    expect((await verifyListing({ serviceId: library.id, version: library.version }, moderator, t.db)).ok).toBe(true);
    const facts = await t.db.serviceFact.findMany({ where: { serviceId: library.id } });
    expect(facts.every((f) => f.state === "confirmed" && f.confirmedById === moderator.id)).toBe(true);

    await seedDatabase(t.db, { referenceDataDir });
    const after = await t.db.service.findUniqueOrThrow({ where: { id: library.id }, include: { schedules: true } });
    expect(after.schedules.map((s) => [s.byDay, s.opensAt, s.closesAt])).toEqual([["TU", 600, 660]]);
    expect(after).toMatchObject({ isFree: false, fees: "£1 a visit" });
  }, 60_000);

  it("a re-seed over a directory seeded by the old code (no facts) adds them, then writes nothing", async () => {
    const imported = { source: { in: ["osm", "libraries-hacked", "mapping-museums"] }, verifiedAt: null };
    await t.db.serviceFact.deleteMany({ where: { service: imported } });
    await t.db.schedule.deleteMany({ where: { service: imported } });
    await t.db.costOption.deleteMany({ where: { service: imported } });
    await t.db.service.updateMany({ where: imported, data: { isFree: null, fees: null, accessTypes: [], email: null } });
    const park = await t.db.service.findFirstOrThrow({
      where: { source: "osm", facts: { none: {} }, attributes: { some: { taxonomyTerm: { code: "nature-green-and-blue-space" } } } },
    });
    const wakefield = await t.db.service.findFirstOrThrow({
      where: { source: "libraries-hacked", name: { startsWith: "Wakefield" }, verifiedAt: null },
    });

    const reseed = await seedDatabase(t.db, { referenceDataDir });
    expect(reseed.rowsChanged).toBeGreaterThan(0);
    const hours = await t.db.schedule.count({ where: { serviceId: wakefield.id } });
    const facts = await t.db.serviceFact.count({ where: { serviceId: wakefield.id } });
    expect(hours + facts).toBeGreaterThan(0);
    expect(await t.db.serviceFact.count({ where: { serviceId: park.id, state: "usual" } })).toBeGreaterThan(0);
    expect((await seedDatabase(t.db, { referenceDataDir })).rowsChanged).toBe(0);
  }, 120_000);
});
