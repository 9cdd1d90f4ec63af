import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, type Actor } from "@/server/auth/policy";
import { queueFilterSchema } from "@/lib/validation/moderation";
import { countQueue, listQueue } from "@/server/moderation/list-queue";
import { readListing } from "@/server/listings/read-listing";
import {
  makeClaim,
  makeModerator,
  makeOrganisationWithMember,
  makePendingEdit,
  makePendingNewListing,
  makePublishedListing,
  makeUser,
  sampleListing,
} from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let moderator: Actor;
const now = new Date("2026-11-21T12:00:00Z");
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
const filter = (raw: Record<string, string> = {}) => queueFilterSchema.parse(raw);

const LEEDS = "E08000035";
const CALDERDALE = "E08000033";
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  moderator = await makeModerator(t.db);
  const { organisation, user } = await makeOrganisationWithMember(t.db);

  // A new listing in Leeds, 10 days old.
  const leeds = sampleListing({
    locations: [{ address1: "Leeds Central Library", city: "Leeds", postcode: "LS1 3AB", hideExactAddress: false, accessibility: [] }],
  });
  ids.newListing = (
    await makePendingNewListing(t.db, { organisationId: organisation.id, userId: user.id, listing: leeds, submittedAt: daysAgo(10) })
  ).revision.id;

  // An edit of a Calderdale listing, 3 days old, made against an older version.
  const live = await makePublishedListing(t.db, { organisationId: organisation.id });
  await t.db.service.update({ where: { id: live.id }, data: { version: 3 } });
  ids.edit = (
    await makePendingEdit(t.db, {
      serviceId: live.id,
      organisationId: organisation.id,
      userId: user.id,
      listing: (await readListing(live.id, t.db))!,
      baseVersion: 2,
      submittedAt: daysAgo(3),
    })
  ).id;

  // A claim (1 day), a public report (40 days), a stale listing (20 days), an imported listing queued (5 days).
  const imported = await t.db.service.findFirstOrThrow({
    where: {
      source: { not: "provider" },
      listingStatus: "published",
      serviceAtLocations: { some: { location: { placeCode: CALDERDALE } } },
    },
  });
  ids.claim = (
    await t.db.claimRequest.update({
      where: { id: (await makeClaim(t.db, { serviceId: imported.id, organisationId: organisation.id, userId: user.id })).id },
      data: { createdAt: daysAgo(1) },
    })
  ).id;
  ids.report = (
    await t.db.report.create({
      data: { serviceId: live.id, topic: "closed", message: "The choir stopped meeting in the summer.", createdAt: daysAgo(40) },
    })
  ).id;
  ids.stale = (await makePublishedListing(t.db, { verifiedAt: daysAgo(400) })).id;
  await t.db.service.update({ where: { id: ids.stale }, data: { staleSince: daysAgo(20) } });
});
afterAll(() => t?.drop());

describe("the moderation queue", () => {
  it("holds every kind of waiting item in one list, oldest first, with counts per kind", async () => {
    const queue = await listQueue(filter(), moderator, t.db, now);
    expect(queue.items.map((i) => [i.kind, i.itemId])).toEqual([
      ["report", ids.report],
      ["stale", ids.stale],
      ["new_listing", ids.newListing],
      ["edit", ids.edit],
      ["claim", ids.claim],
    ]);
    expect(queue.counts).toEqual({ new_listing: 1, edit: 1, claim: 1, report: 1, stale: 1, import: 0 });
    expect(queue.total).toBe(5);
    expect(queue.items.find((i) => i.kind === "edit")!.behind).toBe(true);
    expect(queue.items.find((i) => i.kind === "report")!.detail).toBe("closed");
    // Imported listings to verify have their own queue (/moderate/verify), not one item each here.
    expect(await countQueue(moderator, t.db)).toBe(5);
  });

  it("filters by kind, by place (a new listing by its proposed venue) and by age", async () => {
    expect((await listQueue(filter({ kind: "claim" }), moderator, t.db, now)).items.map((i) => i.itemId)).toEqual([ids.claim]);
    const leeds = await listQueue(filter({ place: LEEDS }), moderator, t.db, now);
    expect(leeds.items.map((i) => i.kind)).toEqual(["new_listing"]);
    const calderdale = await listQueue(filter({ place: CALDERDALE }), moderator, t.db, now);
    expect(calderdale.items.map((i) => i.kind)).toEqual(expect.arrayContaining(["report", "stale", "edit", "claim"]));
    expect(calderdale.items.map((i) => i.kind)).not.toContain("new_listing");
    const old = await listQueue(filter({ age: "7" }), moderator, t.db, now);
    expect(old.items.map((i) => i.kind)).toEqual(["report", "stale", "new_listing"]);
    expect(old.counts.claim).toBe(0);
  });

  it("treats unknown filter values as no filter instead of failing", () => {
    expect(filter({ kind: "everything", place: "Narnia", age: "-1", page: "abc" })).toEqual({ page: 1 });
  });

  it("drops an item as soon as it is dealt with", async () => {
    await t.db.claimRequest.update({ where: { id: ids.claim }, data: { status: "rejected" } });
    const queue = await listQueue(filter(), moderator, t.db, now);
    expect(queue.items.map((i) => i.kind)).not.toContain("claim");
    expect(queue.total).toBe(4);
  });

  it("refuses providers and anonymous callers", async () => {
    const provider = await makeUser(t.db, "provider");
    await expect(listQueue(filter(), provider, t.db)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(countQueue(provider, t.db)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listQueue(filter(), null as unknown as Actor, t.db)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
