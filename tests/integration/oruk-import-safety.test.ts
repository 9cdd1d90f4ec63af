import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approveImport } from "@/server/moderation/approve-import";
import { rejectImport } from "@/server/moderation/reject-import";
import { importServices } from "@/server/oruk-import/import-services";
import { makeModerator, makeUser } from "../support/factories";
import { feedOf, orukService } from "../support/oruk-records";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// What a feed must never do to the people and moderators of this directory (ADR 0016): unhide a home address,
// take over an organisation people run here, publish what a moderator turned down, or stop a whole run over
// one record. Each test has its own feed.

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: "reference-only" });
});
afterAll(() => t?.drop());

const run = (feed: ReturnType<typeof feedOf>, trust = false) => importServices({ feed, trust, dryRun: false, licence: "OGL-3.0" }, t.db);
const recordOf = (feed: string, sourceId: string) =>
  t.db.importRecord.findUniqueOrThrow({ where: { feed_sourceId: { feed, sourceId } }, include: { service: true } });

describe("importServices keeps people's decisions", () => {
  it("keeps a venue a moderator hid hidden when an approved feed change rewrites it", async () => {
    await run(feedOf("hide.example", [orukService("h1")]), true);
    const first = await recordOf("hide.example", "h1");
    await t.db.location.updateMany({
      where: { serviceAtLocations: { some: { serviceId: first.serviceId! } } },
      data: { hideExactAddress: true },
    });
    await t.db.service.update({ where: { id: first.serviceId! }, data: { verifiedAt: new Date() } });

    await run(feedOf("hide.example", [orukService("h1", { description: "Now on Wednesdays too." })]), true);
    const waiting = await recordOf("hide.example", "h1");
    expect(waiting.pendingHash).not.toBeNull(); // a person verified it: the change waits
    const moderator = await makeModerator(t.db);
    expect(await approveImport({ importRecordId: waiting.id, lockVersion: waiting.lockVersion }, moderator, t.db)).toMatchObject({
      ok: true,
    });
    const venues = await t.db.location.findMany({ where: { serviceAtLocations: { some: { serviceId: first.serviceId! } } } });
    expect(venues.map((v) => v.hideExactAddress)).toEqual([true]);
  });

  it("neither rewrites nor adds listings to an organisation people run here", async () => {
    await run(feedOf("org.example", [orukService("o1")]), true);
    const first = await recordOf("org.example", "o1");
    const organisationId = first.service!.organisationId!;
    const provider = await makeUser(t.db, "provider");
    await t.db.membership.create({ data: { userId: provider.id, organisationId } });
    await t.db.organisation.update({ where: { id: organisationId }, data: { name: "Holbeck Singers CIO" } });

    const other = { ...orukService("o2"), organization: { id: "org-o1", name: "Somebody Else", website: "https://evil.example/" } };
    await run(feedOf("org.example", [orukService("o1"), other]), true);
    const org = await t.db.organisation.findUniqueOrThrow({ where: { id: organisationId } });
    expect(org).toMatchObject({ name: "Holbeck Singers CIO", website: null });
    expect((await recordOf("org.example", "o2")).service!.organisationId).toBeNull();
  });

  it("never publishes with --trust a listing a moderator rejected; its new value waits for a moderator", async () => {
    await run(feedOf("rej.example", [orukService("r1")]));
    const queued = await recordOf("rej.example", "r1");
    const moderator = await makeModerator(t.db);
    await rejectImport({ importRecordId: queued.id, lockVersion: queued.lockVersion, reason: "Not an activity" }, moderator, t.db);

    const again = await run(feedOf("rej.example", [orukService("r1", { description: "A changed description." })]), true);
    expect(again).toMatchObject({ changed: 1, published: 0, waitingForModerators: 1 });
    expect((await recordOf("rej.example", "r1")).service!.listingStatus).not.toBe("published");
  });

  it("takes a waiting change out of the queue when the feed goes back to what a moderator turned down", async () => {
    await run(feedOf("back.example", [orukService("b1")]), true);
    const changed = (description: string) => feedOf("back.example", [orukService("b1", { description })]);
    const moderator = await makeModerator(t.db);
    await t.db.service.updateMany({ where: { source: "oruk:back.example" }, data: { verifiedAt: new Date() } });
    await run(changed("Change B."), true);
    const b = await recordOf("back.example", "b1");
    await rejectImport({ importRecordId: b.id, lockVersion: b.lockVersion, reason: "Wrong" }, moderator, t.db);
    await run(changed("Change C."), true);
    expect((await recordOf("back.example", "b1")).pendingHash).not.toBeNull();

    const back = await run(changed("Change B."), true);
    expect(back).toMatchObject({ withdrawn: 1, changed: 0 });
    expect((await recordOf("back.example", "b1")).pending).toBeNull();
  });

  it("leaves out a price it cannot store and goes on with the rest of the feed", async () => {
    const costly = { ...orukService("c1"), cost_options: [{ option: "Course", amount: 123456789 }] };
    const summary = await run(feedOf("cost.example", [costly, orukService("c2")]), true);
    expect(summary).toMatchObject({ new: 2, published: 2, skipped: [] });
    const record = await recordOf("cost.example", "c1");
    expect((record.applied as { warnings: string[] }).warnings).toEqual(["A cost of 123456789 is not a price we can show: left out."]);
  });
});
