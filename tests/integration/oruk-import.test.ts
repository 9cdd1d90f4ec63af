import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { factSourceCredits } from "@/lib/listing-source";
import { readPublicListings } from "@/server/listings/read-public-listings";
import { importServices } from "@/server/oruk-import/import-services";
import { feedOf, orukService } from "../support/oruk-records";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The write side of `npm run import:oruk` against a directory with reference data only (ADR 0016). Each test
// uses its own feed key, so the listings of one test are not the records of another.

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: "reference-only" });
});
afterAll(() => t?.drop());

const run = (feed: ReturnType<typeof feedOf>, o: { trust?: boolean; dryRun?: boolean } = {}) =>
  importServices({ feed, trust: o.trust ?? false, dryRun: o.dryRun ?? false, licence: "OGL-3.0" }, t.db);
const listingsOf = (feed: string) =>
  t.db.service.findMany({ where: { source: `oruk:${feed}` }, orderBy: { sourceId: "asc" }, include: { importRecords: true } });
const rowCounts = async () => ({
  services: await t.db.service.count(),
  records: await t.db.importRecord.count(),
  locations: await t.db.location.count(),
  schedules: await t.db.schedule.count(),
  audit: await t.db.auditEvent.count(),
});

describe("importServices", () => {
  it("queues new services for moderators without --trust, and says where they came from", async () => {
    const s = await run(feedOf("untrusted.example/api/v1", [orukService("u1"), orukService("u2")]));
    expect(s).toMatchObject({ fetched: 2, new: 2, waitingForModerators: 2, published: 0, skipped: [] });
    const listings = await listingsOf("untrusted.example/api/v1");
    expect(listings.map((l) => l.listingStatus)).toEqual(["pending", "pending"]);
    expect(listings[0]).toMatchObject({ sourceId: "u1", licence: "OGL-3.0", description: "A friendly choir. No auditions." });
    expect(listings[0]!.importRecords[0]).toMatchObject({ appliedHash: null, pendingHash: expect.any(String), queuedAt: expect.any(Date) });
    const audit = await t.db.auditEvent.findFirst({ where: { action: "import.run", entityId: "untrusted.example/api/v1" } });
    expect(audit?.data).toMatchObject({ new: 2, fetched: 2 });
  });

  it("publishes with --trust, with venue codes, sessions, costs and imported facts; a second run changes nothing", async () => {
    const feed = feedOf("trusted.example/api/v1", [orukService("t1")]);
    expect(await run(feed, { trust: true })).toMatchObject({ new: 1, published: 1, waitingForModerators: 0 });
    const [listing] = await listingsOf("trusted.example/api/v1");
    expect(listing).toMatchObject({ listingStatus: "published", name: "Community choir t1" });
    const venue = await t.db.location.findFirstOrThrow({ where: { serviceAtLocations: { some: { serviceId: listing!.id } } } });
    expect(venue).toMatchObject({
      postcode: "LS1 1AA",
      placeCode: "E08000035",
      lsoaCode: "E01033008",
      source: "oruk:trusted.example/api/v1",
    });
    expect(await t.db.schedule.findMany({ where: { serviceId: listing!.id } })).toMatchObject([
      { byDay: "TU", opensAt: 1140, closesAt: 1260 },
    ]);
    const facts = await t.db.serviceFact.findMany({ where: { serviceId: listing!.id }, orderBy: { fact: "asc" } });
    expect(facts.map((f) => [f.fact, f.state, f.sources])).toEqual([
      ["schedule", "imported", ["oruk:trusted.example/api/v1"]],
      ["cost", "imported", ["oruk:trusted.example/api/v1"]],
    ]);

    // The listing page's Sources part names the feed and the licence the import was given.
    const [page] = await readPublicListings({ ids: [listing!.id] }, t.db);
    expect(page!.sources[0]).toMatchObject({ name: "the Open Referral feed at trusted.example/api/v1", licence: "OGL-3.0" });
    expect(factSourceCredits(page!.facts, { [page!.sources[0]!.code]: page!.sources[0]!.licence })).toEqual([
      { name: "the Open Referral feed at trusted.example/api/v1", licence: "OGL-3.0", facts: "Opening hours and sessions, cost" },
    ]);

    const before = await rowCounts();
    const record = await t.db.importRecord.findFirstOrThrow({ where: { serviceId: listing!.id } });
    const again = await run(feed, { trust: true });
    expect(again).toMatchObject({ fetched: 1, new: 0, changed: 0, unchanged: 1, published: 0 });
    expect(await rowCounts()).toEqual(before);
    expect((await t.db.importRecord.findUniqueOrThrow({ where: { id: record.id } })).updatedAt).toEqual(record.updatedAt);
  });

  it("a changed record updates a listing nobody confirmed, and waits for a moderator on one a person verified", async () => {
    const key = "changes.example/api/v1";
    await run(feedOf(key, [orukService("c1"), orukService("c2")]), { trust: true });
    const [, verified] = await listingsOf(key);
    await t.db.service.update({ where: { id: verified!.id }, data: { verifiedAt: new Date() } });
    const changed = [orukService("c1", { name: "Renamed choir 1" }), orukService("c2", { name: "Renamed choir 2" })];
    expect(await run(feedOf(key, changed), { trust: true })).toMatchObject({ changed: 2, published: 1, waitingForModerators: 1 });
    const [c1, c2] = await listingsOf(key);
    expect(c1).toMatchObject({ name: "Renamed choir 1", listingStatus: "published", version: 2 });
    expect(c2).toMatchObject({ name: "Community choir c2", listingStatus: "published" });
    expect(c2!.importRecords[0]).toMatchObject({
      pending: expect.objectContaining({ name: "Renamed choir 2" }),
      queuedAt: expect.any(Date),
    });
    // The same change again is already waiting: nothing new.
    expect(await run(feedOf(key, changed), { trust: true })).toMatchObject({ unchanged: 2, changed: 0 });
  });

  it("a change to a live listing without --trust waits and leaves the listing as it is", async () => {
    const key = "live.example/api/v1";
    await run(feedOf(key, [orukService("l1")]), { trust: true });
    const s = await run(feedOf(key, [orukService("l1", { description: "Now on Wednesdays." })]));
    expect(s).toMatchObject({ changed: 1, waitingForModerators: 1, published: 0 });
    const [listing] = await listingsOf(key);
    expect(listing).toMatchObject({ description: "A friendly choir. No auditions.", listingStatus: "published" });
    expect(listing!.importRecords[0]!.pending).toMatchObject({ description: "Now on Wednesdays." });
  });

  it("a dry run reports what it would do and writes nothing", async () => {
    const before = await rowCounts();
    const s = await run(feedOf("dry.example/api/v1", [orukService("d1"), orukService("d2"), { id: "d3" }]), { trust: true, dryRun: true });
    expect(s).toMatchObject({ dryRun: true, new: 2, published: 2, skipped: [{ sourceId: "d3", reason: expect.stringMatching(/name/) }] });
    expect(s.actions.map((a) => a.sourceId)).toEqual(["d1", "d2"]);
    expect(await rowCounts()).toEqual(before);
  });

  it("a service with the same name within 200 m of a listing is a duplicate suggestion, not a second listing", async () => {
    await run(feedOf("first.example/api/v1", [orukService("x1", { name: "Leeds Young Voices", point: { lat: 53.7962, lng: -1.5525 } })]), {
      trust: true,
    });
    const near = { lat: 53.7975, lng: -1.5523 };
    const s = await run(feedOf("second.example/api/v1", [orukService("y1", { name: "Leeds Young Voices", point: near })]), { trust: true });
    expect(s).toMatchObject({ duplicatesSuggested: 1, new: 0, published: 0, waitingForModerators: 1 });
    const [original] = await listingsOf("first.example/api/v1");
    const [suggested] = await listingsOf("second.example/api/v1");
    expect(suggested).toMatchObject({ listingStatus: "pending" });
    expect(suggested!.importRecords[0]!.duplicateOf).toEqual([original!.id]);
    // A later change with --trust does not publish it either: a moderator decides.
    const changed = orukService("y1", { name: "Leeds Young Voices", point: near, description: "New term starts in January." });
    expect(await run(feedOf("second.example/api/v1", [changed]), { trust: true })).toMatchObject({ changed: 1, published: 0 });
    const [still] = await listingsOf("second.example/api/v1");
    expect(still).toMatchObject({ listingStatus: "pending", description: "New term starts in January." });
  });

  it("skips bad records with their reasons, and keeps the feed's own problems in the summary", async () => {
    const s = await run(
      feedOf(
        "bad.example/api/v1",
        [orukService("b1"), { name: "No id" }, { id: "b3" }],
        [{ sourceId: null, reason: "page 3 repeated page 2" }],
      ),
      {
        trust: true,
      },
    );
    expect(s.new).toBe(1);
    expect(s.skipped).toEqual([
      { sourceId: null, reason: "page 3 repeated page 2" },
      { sourceId: null, reason: expect.any(String) },
      { sourceId: "b3", reason: expect.stringMatching(/name/) },
    ]);
  });

  it("never publishes with --trust a venue people go to that has no point: a moderator places it", async () => {
    const s = await run(feedOf("nopoint.example/api/v1", [orukService("n1", { point: { lat: 100, lng: -1.5 }, postcode: null })]), {
      trust: true,
    });
    expect(s).toMatchObject({ new: 1, published: 0, waitingForModerators: 1, needingAPoint: 1 });
    const [listing] = await listingsOf("nopoint.example/api/v1");
    expect(listing!.listingStatus).toBe("pending");
  });

  it("skips a listing a moderator archived, and never overwrites a confirmed fact", async () => {
    const key = "kept.example/api/v1";
    await run(feedOf(key, [orukService("k1"), orukService("k2")]), { trust: true });
    const [archived, confirmed] = await listingsOf(key);
    await t.db.service.update({ where: { id: archived!.id }, data: { listingStatus: "archived" } });
    await t.db.serviceFact.update({
      where: { serviceId_fact: { serviceId: confirmed!.id, fact: "cost" } },
      data: { state: "confirmed", sources: ["moderator"] },
    });
    const changed = [
      orukService("k1", { name: "Back again" }),
      { ...orukService("k2", { name: "Changed" }), cost_options: [{ option: "£5", amount: 5 }] },
    ];
    const s = await run(feedOf(key, changed), { trust: true });
    expect(s.skipped).toEqual([{ sourceId: "k1", reason: "archived here by a moderator" }]);
    expect(s).toMatchObject({ changed: 1, published: 1 });
    const fact = await t.db.serviceFact.findUniqueOrThrow({ where: { serviceId_fact: { serviceId: confirmed!.id, fact: "cost" } } });
    expect(fact).toMatchObject({ state: "confirmed", sources: ["moderator"] });
  });
});
