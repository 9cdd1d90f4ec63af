import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, type Actor } from "@/server/auth/policy";
import { queueFilterSchema } from "@/lib/validation/moderation";
import { approveImport } from "@/server/moderation/approve-import";
import { getImportForReview } from "@/server/moderation/get-import-for-review";
import { getListingHistory } from "@/server/moderation/get-listing-history";
import { countQueue, listQueue } from "@/server/moderation/list-queue";
import { rejectImport } from "@/server/moderation/reject-import";
import { importHash } from "@/server/oruk-import/import-hash";
import { importRecord } from "@/server/oruk-import/import-record";
import { makeImportRecord, makeModerator, makePublishedListing, makeUser, uniq } from "../support/factories";
import { sampleImportedService } from "../support/imported-service";
import type { ImportedService } from "@/lib/validation/oruk-import";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let moderator: Actor;
const CALDERDALE = "E08000033";
const importsIn = async (raw: Record<string, string> = {}) =>
  (await listQueue(queueFilterSchema.parse({ kind: "import", ...raw }), moderator, t.db)).items;

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  moderator = await makeModerator(t.db);
});
afterAll(() => t?.drop());

/** A live listing the feed gave before, and a change to it now waiting. */
async function makeChange() {
  const applied = sampleImportedService({ sourceId: `svc-${uniq()}`, name: `Halifax Harmony ${uniq()}` });
  const pending = { ...applied, name: `${applied.name} (new name)`, phones: ["01422 222222"] };
  return makeImportRecord(t.db, { applied, pending });
}

describe("the moderation queue: from a feed", () => {
  it("lists new and changed services with the pending name, the feed and where they are, waiting since queued", async () => {
    const queuedAt = new Date(Date.now() - 5 * 86_400_000);
    const fresh = await makeImportRecord(t.db, { queuedAt });
    const change = await makeChange();
    const items = await importsIn();
    const mine = items.filter((i) => [fresh.record.id, change.record.id].includes(i.itemId));
    expect(mine.map((i) => i.title)).toEqual([fresh.pending.name, change.pending.name]);
    expect(mine[0]).toMatchObject({ kind: "import", serviceId: fresh.service.id, detail: fresh.record.feed, since: queuedAt });
    expect(mine[0]!.placeCodes).toEqual([CALDERDALE]);
    expect((await importsIn({ place: CALDERDALE })).map((i) => i.itemId)).toEqual(expect.arrayContaining([fresh.record.id]));
    expect((await importsIn({ place: "E08000035" })).map((i) => i.itemId)).not.toContain(fresh.record.id);
    expect((await importsIn({ age: "2" })).map((i) => i.itemId)).toEqual(expect.arrayContaining([fresh.record.id]));
    expect((await importsIn({ age: "2" })).map((i) => i.itemId)).not.toContain(change.record.id);

    const all = await listQueue(queueFilterSchema.parse({}), moderator, t.db);
    expect(all.counts.import).toBe(items.length);
    expect(await countQueue(moderator, t.db)).toBe(all.total);

    // Nothing pending, or an archived listing: not in the queue.
    await t.db.service.update({ where: { id: fresh.service.id }, data: { listingStatus: "archived" } });
    expect((await importsIn()).map((i) => i.itemId)).not.toContain(fresh.record.id);
  });
});

describe("reviewing an import", () => {
  it("shows where it came from, its warnings, the diff against what was applied, and duplicates", async () => {
    const other = await makePublishedListing(t.db);
    const change = await makeChange();
    await t.db.importRecord.update({ where: { id: change.record.id }, data: { duplicateOf: [other.id] } });
    const review = (await getImportForReview(change.record.id, moderator, t.db))!;
    expect(review).toMatchObject({ waiting: true, isNew: false, service: { id: change.service.id, licence: "OGL-UK-3.0" } });
    expect(review.rows.filter((r) => r.change !== "unchanged").map((r) => r.key)).toEqual(["name", "phones"]);
    expect(review.duplicates.find((d) => d.id === other.id)?.reasons).toContain("Found when the feed was read");
    expect(review.terms).toEqual([{ taxonomy: "esd", code: "choirs", name: "Choirs", ours: ["Singing and choirs"] }]);
    expect(await getImportForReview("00000000-0000-4000-8000-000000000000", moderator, t.db)).toBeNull();
  });
});

describe("approving an import", () => {
  it("publishes a new one: rows from the pending value, applied = pending, decision and audit event", async () => {
    const { record, pending, service } = await makeImportRecord(t.db);
    expect(await approveImport({ importRecordId: record.id, lockVersion: record.lockVersion }, moderator, t.db)).toEqual({
      ok: true,
      value: undefined,
    });
    const after = await t.db.importRecord.findUniqueOrThrow({ where: { id: record.id } });
    expect(after).toMatchObject({ pending: null, pendingHash: null, queuedAt: null, appliedHash: record.pendingHash, lockVersion: 2 });
    expect(after.applied).toEqual(pending);
    const live = await t.db.service.findUniqueOrThrow({ where: { id: service.id }, include: { serviceAtLocations: true } });
    expect(live).toMatchObject({ listingStatus: "published", name: pending.name, version: service.version + 1 });
    expect(live.serviceAtLocations).toHaveLength(1);
    expect(await t.db.moderationDecision.count({ where: { serviceId: service.id, action: "approve", moderatorId: moderator.id } })).toBe(1);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityType: "import_record", entityId: record.id } });
    expect(audit).toMatchObject({ action: "import.approved", actorId: moderator.id, data: expect.objectContaining({ isNew: true }) });
    expect((await importsIn()).map((i) => i.itemId)).not.toContain(record.id);
  });

  it("writes a change onto the live listing only when approved", async () => {
    const { record, service, pending } = await makeChange();
    // Waiting: the live listing still shows what was applied before.
    expect((await t.db.service.findUniqueOrThrow({ where: { id: service.id } })).name).toBe(service.name);
    expect((await approveImport({ importRecordId: record.id, lockVersion: record.lockVersion }, moderator, t.db)).ok).toBe(true);
    const live = await t.db.service.findUniqueOrThrow({ where: { id: service.id }, include: { phones: true } });
    expect(live).toMatchObject({ listingStatus: "published", name: pending.name, version: service.version + 1 });
    expect(live.phones.map((p) => p.number)).toEqual(["01422 222222"]);
  });

  it("tells the second of two moderators who got there first, changes nothing, and records the attempt", async () => {
    const { record } = await makeChange();
    const second = await makeModerator(t.db);
    expect((await approveImport({ importRecordId: record.id, lockVersion: 1 }, moderator, t.db)).ok).toBe(true);
    const lost = await rejectImport({ importRecordId: record.id, lockVersion: 1, reason: "Not ours" }, second, t.db);
    expect(lost).toMatchObject({ ok: false, error: { code: "conflict" } });
    expect(!lost.ok && lost.error.message).toMatch(
      new RegExp(`Another moderator \\(${moderator.email}\\) approved it at .*Nothing was changed`),
    );
    expect(await t.db.importRecord.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({ rejectedHash: null, lockVersion: 2 });
    expect(await t.db.auditEvent.count({ where: { entityId: record.id, action: "moderation.conflict", actorId: second.id } })).toBe(1);
  });

  it("refuses a page opened before the feed was read again (the importer bumps the lock version)", async () => {
    const { record } = await makeChange();
    await t.db.importRecord.update({ where: { id: record.id }, data: { lockVersion: { increment: 1 } } });
    const stale = await approveImport({ importRecordId: record.id, lockVersion: 1 }, moderator, t.db);
    expect(!stale.ok && stale.error.message).toMatch(/^The feed was read again after you opened this/);
    expect((await t.db.importRecord.findUniqueOrThrow({ where: { id: record.id } })).pendingHash).toBe(record.pendingHash);
  });
});

describe("rejecting an import", () => {
  it("leaves a live listing untouched and remembers the value, so it stays rejected", async () => {
    const { record, service, pending } = await makeChange();
    const outcome = await rejectImport(
      { importRecordId: record.id, lockVersion: 1, reason: "The feed renamed it by mistake" },
      moderator,
      t.db,
    );
    expect(outcome.ok).toBe(true);
    const after = await t.db.importRecord.findUniqueOrThrow({ where: { id: record.id } });
    expect(after).toMatchObject({ pending: null, pendingHash: null, queuedAt: null, rejectedHash: record.pendingHash, lockVersion: 2 });
    expect(after.appliedHash).toBe(record.appliedHash);
    expect(await t.db.service.findUniqueOrThrow({ where: { id: service.id } })).toMatchObject({
      name: service.name,
      listingStatus: "published",
      version: service.version,
    });
    expect((await importsIn()).map((i) => i.itemId)).not.toContain(record.id);
    expect(await t.db.moderationDecision.findFirst({ where: { serviceId: service.id } })).toMatchObject({
      action: "reject",
      reason: "The feed renamed it by mistake",
    });
    expect((await getListingHistory(service.id, moderator, t.db)).map((e) => e.action)).toContain("import.rejected");
    // It stays rejected: approving it afterwards (even with the new lock version) finds nothing waiting.
    const again = await approveImport({ importRecordId: record.id, lockVersion: 2 }, moderator, t.db);
    expect(!again.ok && again.error.message).toMatch(/rejected it at .*Nothing was changed/);
    expect((await getImportForReview(record.id, moderator, t.db))!.waiting).toBe(false);

    // The feed says the same again: the importer leaves it rejected. Something new from the feed is queued.
    const reimport = (value: ImportedService) =>
      t.db.$transaction((tx) =>
        importRecord(tx, {
          feed: record.feed,
          raw: { id: value.sourceId },
          value,
          hash: importHash(value),
          trust: false,
          provenance: { source: service.source, licence: service.licence },
          now: new Date(),
        }),
      );
    expect(await reimport(pending)).toEqual({ kind: "unchanged", waiting: false });
    expect((await importsIn()).map((i) => i.itemId)).not.toContain(record.id);
    expect(await reimport({ ...pending, description: "Now meeting twice a month." })).toMatchObject({ kind: "changed", status: "waiting" });
    expect((await importsIn()).map((i) => i.itemId)).toContain(record.id);
  });

  it("rejects a new import's listing", async () => {
    const { record, service } = await makeImportRecord(t.db);
    expect((await rejectImport({ importRecordId: record.id, lockVersion: 1, reason: "Not creative health" }, moderator, t.db)).ok).toBe(
      true,
    );
    expect((await t.db.service.findUniqueOrThrow({ where: { id: service.id } })).listingStatus).toBe("rejected");
  });
});

describe("who may review imports", () => {
  it("refuses a signed-out person and a provider, changing nothing", async () => {
    const { record } = await makeImportRecord(t.db);
    const provider = await makeUser(t.db, "provider");
    for (const actor of [null as unknown as Actor, provider]) {
      await expect(getImportForReview(record.id, actor, t.db)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(approveImport({ importRecordId: record.id, lockVersion: 1 }, actor, t.db)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(rejectImport({ importRecordId: record.id, lockVersion: 1, reason: "No" }, actor, t.db)).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    }
    expect(await t.db.importRecord.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({ lockVersion: 1, rejectedHash: null });
  });
});
