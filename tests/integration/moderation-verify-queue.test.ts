import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, type Actor } from "@/server/auth/policy";
import { recordListingDemand } from "@/server/insights/record-listing-demand";
import { archiveListing } from "@/server/moderation/archive-listing";
import { getListingHistory } from "@/server/moderation/get-listing-history";
import { getVerificationCheck } from "@/server/moderation/get-verification-check";
import { countVerificationQueue, listVerificationBatch, nextToVerify } from "@/server/moderation/list-verification-batch";
import { recordUnreachable } from "@/server/moderation/record-unreachable";
import { verifyListing } from "@/server/moderation/verify-listing";
import { makeModerator, makeUser } from "../support/factories";
import { TEST_APP_URL, TEST_AUTH_SECRET } from "../support/app-environment";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const CALDERDALE = "E08000033";
const DAY = 86_400_000;

let t: TestDatabase;
let moderator: Actor;
/** Seeded imported listings in Calderdale, none of them wanted yet. */
let seeded: Array<{ id: string; version: number }>;

const queueIds = async (options: { place?: string; take?: number } = { place: CALDERDALE }) =>
  (await listVerificationBatch({ placeCode: options.place, take: options.take ?? 5000 }, moderator, t.db)).items.map((i) => i.id);

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  Object.assign(process.env, { DATABASE_URL: t.url, AUTH_SECRET: TEST_AUTH_SECRET, APP_URL: TEST_APP_URL });
  moderator = await makeModerator(t.db);
  seeded = await t.db.service.findMany({
    where: {
      listingStatus: "published",
      source: { not: "provider" },
      serviceAtLocations: { some: { location: { placeCode: CALDERDALE } } },
    },
    orderBy: { id: "asc" },
    take: 8,
    select: { id: true, version: true },
  });
});
afterAll(() => t?.drop());

describe("the verify queue on a fresh directory", () => {
  it("holds every published, unverified, unowned imported listing without any job having run", async () => {
    const expected = await t.db.service.count({
      where: { listingStatus: "published", verifiedAt: null, staleSince: null, organisationId: null, source: { not: "provider" } },
    });
    expect(expected).toBeGreaterThan(100);
    const { items, total } = await listVerificationBatch({}, moderator, t.db);
    expect(total).toBe(expected);
    expect(items).toHaveLength(25);
    expect(await countVerificationQueue(moderator, t.db)).toBe(expected);
  });

  it("filters by place", async () => {
    const calderdale = await queueIds();
    expect(calderdale).toEqual(expect.arrayContaining(seeded.map((s) => s.id)));
    const places = await t.db.location.findMany({
      where: { serviceAtLocations: { some: { serviceId: { in: calderdale.slice(0, 50) } } } },
      select: { placeCode: true },
    });
    expect(new Set(places.map((p) => p.placeCode))).toEqual(new Set([CALDERDALE]));
  });

  it("puts the listings people search for and shortlist first; demand older than 28 days does not count", async () => {
    const [a, b, c, d] = seeded.map((s) => s.id) as [string, string, string, string];
    const now = new Date();
    // One page view that shows a listing twice counts it once.
    await recordListingDemand({ serviceIds: [a, a, a, b], kind: "search", now }, t.db);
    await recordListingDemand({ serviceIds: [b], kind: "search", now: new Date(now.getTime() - 3 * DAY) }, t.db);
    await recordListingDemand({ serviceIds: [b], kind: "search", now }, t.db);
    await recordListingDemand({ serviceIds: [c], kind: "shortlist", now }, t.db);
    for (let i = 0; i < 10; i++)
      await recordListingDemand({ serviceIds: [d], kind: "search", now: new Date(now.getTime() - 40 * DAY) }, t.db);
    // A crawler paging through results does not push what it sees up the queue.
    for (let i = 0; i < 10; i++) await recordListingDemand({ serviceIds: [d], kind: "search", userAgent: "curl/8.5.0", now }, t.db);
    expect(await t.db.listingDemandDay.aggregate({ where: { serviceId: a }, _sum: { searchAppearances: true } })).toEqual({
      _sum: { searchAppearances: 1 },
    });
    const ids = await queueIds();
    expect(ids.slice(0, 3)).toEqual([c, b, a]);
    expect(ids.indexOf(d)).toBeGreaterThan(2);
    const top = (await listVerificationBatch({ placeCode: CALDERDALE, take: 3 }, moderator, t.db)).items;
    expect(top.map((r) => [r.searches, r.shortlists])).toEqual([
      [0, 1],
      [3, 0],
      [1, 0],
    ]);
    expect(await nextToVerify({ after: c, placeCode: CALDERDALE }, moderator, t.db)).toBe(b);
  });
});

describe("the outcomes of a check", () => {
  it("verified: confirms the stated facts, sets verified_at, leaves the queue, is in the history", async () => {
    const s = seeded[4]!;
    const check = await getVerificationCheck({ serviceId: s.id }, moderator, t.db);
    expect(check).toMatchObject({ version: s.version, awaiting: true });
    expect((await verifyListing({ serviceId: s.id, version: s.version }, moderator, t.db)).ok).toBe(true);
    expect(await queueIds()).not.toContain(s.id);
    expect(await t.db.service.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({ verifiedById: moderator.id });
    const facts = await t.db.serviceFact.findMany({ where: { serviceId: s.id } });
    expect(facts.every((f) => f.state === "confirmed" && f.confirmedById === moderator.id)).toBe(true);
    expect(await t.db.moderationDecision.count({ where: { serviceId: s.id, action: "verify" } })).toBe(1);
    expect((await getListingHistory(s.id, moderator, t.db))[0]).toMatchObject({ action: "service.verified" });
  });

  it("closed: archives the listing with the reason, leaves the queue", async () => {
    const s = seeded[5]!;
    expect((await archiveListing({ serviceId: s.id, version: s.version, reason: "The library closed in June." }, moderator, t.db)).ok).toBe(
      true,
    );
    expect(await queueIds()).not.toContain(s.id);
    expect(await t.db.service.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({ listingStatus: "archived" });
    expect((await getListingHistory(s.id, moderator, t.db))[0]).toMatchObject({
      action: "service.archived",
      data: { reason: "The library closed in June." },
    });
  });

  it("could not reach: records the attempt with its note and moves the listing to the bottom of the queue", async () => {
    const [wanted, s] = [seeded[2]!, seeded[6]!];
    await recordListingDemand({ serviceIds: [s.id], kind: "shortlist" }, t.db);
    await recordListingDemand({ serviceIds: [s.id], kind: "shortlist" }, t.db);
    expect((await queueIds())[0]).toBe(s.id);
    const outcome = await recordUnreachable(
      { serviceId: s.id, version: s.version, note: "Rang twice, no answer; website down." },
      moderator,
      t.db,
    );
    expect(outcome.ok).toBe(true);
    const ids = await queueIds();
    expect(ids.at(-1)).toBe(s.id);
    expect(ids[0]).toBe(wanted.id);
    expect(await t.db.service.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({ version: s.version, verifiedAt: null });
    expect(await t.db.moderationDecision.findFirst({ where: { serviceId: s.id, action: "unreachable" } })).toMatchObject({
      moderatorId: moderator.id,
      reason: "Rang twice, no answer; website down.",
    });
    expect((await getListingHistory(s.id, moderator, t.db))[0]).toMatchObject({
      action: "service.unreachable",
      data: { note: "Rang twice, no answer; website down." },
    });
    // A week later it competes on demand again.
    const later = new Date(Date.now() + 8 * DAY);
    expect((await listVerificationBatch({ placeCode: CALDERDALE, now: later, take: 1 }, moderator, t.db)).items[0]!.id).toBe(s.id);
  });

  it("could not reach: refused when the listing changed since the page was opened", async () => {
    const s = seeded[7]!;
    await t.db.service.update({ where: { id: s.id }, data: { version: { increment: 1 } } });
    const outcome = await recordUnreachable({ serviceId: s.id, version: s.version, note: "No answer." }, moderator, t.db);
    expect(outcome).toMatchObject({ ok: false, error: { code: "conflict" } });
    expect(await t.db.moderationDecision.count({ where: { serviceId: s.id, action: "unreachable" } })).toBe(0);
  });
});

describe("who may use the verify queue", () => {
  it("refuses providers and anonymous callers", async () => {
    const s = seeded[3]!;
    for (const actor of [await makeUser(t.db, "provider"), null as unknown as Actor]) {
      await expect(listVerificationBatch({}, actor, t.db)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(countVerificationQueue(actor, t.db)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(nextToVerify({ after: s.id }, actor, t.db)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getVerificationCheck({ serviceId: s.id }, actor, t.db)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(recordUnreachable({ serviceId: s.id, version: s.version, note: "x" }, actor, t.db)).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    }
    expect(await t.db.moderationDecision.count({ where: { serviceId: s.id } })).toBe(0);
  });
});
