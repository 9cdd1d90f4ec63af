import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/server/auth/policy";
import { discardDraft } from "@/server/listings/discard-draft";
import { listProviderDashboard } from "@/server/listings/list-provider-dashboard";
import { readListing } from "@/server/listings/read-listing";
import { readListingDraft } from "@/server/listings/read-listing-draft";
import { saveListingDraft } from "@/server/listings/save-listing-draft";
import { startEdit } from "@/server/listings/start-edit";
import { startListing } from "@/server/listings/start-listing";
import { submitListing } from "@/server/listings/submit-listing";
import { withdrawRevision } from "@/server/listings/withdraw-revision";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { choirSteps, choirWhat, makeProvider, makePublishedListing } from "../support/provider-fixtures";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});
afterAll(() => t?.drop());

async function liveListing() {
  const provider = await makeProvider(t.db);
  const serviceId = await makePublishedListing(t.db, provider.organisationId);
  return { ...provider, serviceId };
}

const liveRows = (serviceId: string) =>
  t.db.service.findUniqueOrThrow({
    where: { id: serviceId },
    select: { name: true, listingStatus: true, version: true, updatedAt: true, description: true },
  });

describe("editing a live listing", () => {
  it("opens a draft from what is live, and sends changes for review while the live listing stays exactly as it was", async () => {
    const { serviceId, actor } = await liveListing();
    const before = { row: await liveRows(serviceId), listing: await readListing(serviceId, t.db) };

    expect(await startEdit({ serviceId }, actor, t.db)).toEqual({ ok: true });
    const { draft } = await readListingDraft(serviceId, actor, t.db);
    expect(draft).toEqual(JSON.parse(JSON.stringify(before.listing)));
    expect(draft.isFree).toBe(true);

    await saveListingDraft({ serviceId, step: "what", input: { ...choirWhat, name: "Square Chapel Singers (new time)" } }, actor, t.db);
    expect(await submitListing({ serviceId }, actor, t.db)).toEqual({ ok: true, value: { isNew: false } });

    expect(await liveRows(serviceId)).toEqual(before.row);
    expect(await readListing(serviceId, t.db)).toEqual(before.listing);
    const revision = await t.db.revision.findFirstOrThrow({ where: { serviceId } });
    expect(revision).toMatchObject({ status: "pending", baseVersion: 2 });
    expect((revision.data as { name: string }).name).toBe("Square Chapel Singers (new time)");

    const dashboard = await listProviderDashboard(actor, t.db);
    expect(dashboard.organisations[0]!.listings[0]!.progress).toMatchObject({
      label: "Live, with changes waiting for review",
      actions: ["withdraw"],
    });
  });

  it("refuses to send changes when nothing was changed", async () => {
    const { serviceId, actor } = await liveListing();
    await startEdit({ serviceId }, actor, t.db);
    const r = await submitListing({ serviceId }, actor, t.db);
    expect(r).toEqual({
      ok: false,
      error: expect.objectContaining({ code: "invalid", fieldErrors: { form: expect.stringMatching(/not changed anything/) } }),
    });
  });

  it("two tabs pressing Edit at once share one draft", async () => {
    const { serviceId, actor } = await liveListing();
    const results = await Promise.all([
      startEdit({ serviceId }, actor, t.db),
      startEdit({ serviceId }, actor, t.db),
      startEdit({ serviceId }, actor, t.db),
    ]);
    expect(results).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    expect(await t.db.revision.count({ where: { serviceId, status: "draft" } })).toBe(1);
  });

  it("another organisation's member cannot start, withdraw or discard edits", async () => {
    const { serviceId } = await liveListing();
    const stranger = await makeProvider(t.db, "stranger");
    await expect(startEdit({ serviceId }, stranger.actor, t.db)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(withdrawRevision({ serviceId, revisionId: serviceId }, stranger.actor, t.db)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(discardDraft({ serviceId }, stranger.actor, t.db)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await t.db.revision.count({ where: { serviceId } })).toBe(0);
  });
});

describe("editing an imported listing", () => {
  it("leaves 'is it free?' unanswered when the import never said, instead of claiming there is a cost", async () => {
    const { actor, organisationId } = await makeProvider(t.db);
    const imported = await t.db.service.findFirstOrThrow({ where: { source: "mapping-museums", isFree: null, organisationId: null } });
    await t.db.service.update({ where: { id: imported.id }, data: { organisationId } });
    await startEdit({ serviceId: imported.id }, actor, t.db);
    const { draft } = await readListingDraft(imported.id, actor, t.db);
    expect(draft.name).toBe(imported.name);
    expect("isFree" in draft).toBe(false);
    const r = await submitListing({ serviceId: imported.id }, actor, t.db);
    expect(!r.ok && r.error.fieldErrors?.isFree).toBe("Say whether it is free");
  });
});

describe("withdrawing changes", () => {
  it("takes changes out of review and keeps them as a draft; the live listing is untouched", async () => {
    const { serviceId, actor } = await liveListing();
    await startEdit({ serviceId }, actor, t.db);
    await saveListingDraft({ serviceId, step: "cost", input: { isFree: false, fees: "£4 a session" } }, actor, t.db);
    await submitListing({ serviceId }, actor, t.db);
    const pending = await t.db.revision.findFirstOrThrow({ where: { serviceId, status: "pending" } });
    const before = await liveRows(serviceId);

    expect(await withdrawRevision({ serviceId, revisionId: pending.id }, actor, t.db)).toEqual({ ok: true });
    expect(await t.db.revision.findUniqueOrThrow({ where: { id: pending.id } })).toMatchObject({
      status: "withdrawn",
      lockVersion: pending.lockVersion + 1,
    });
    const { draft, revision } = await readListingDraft(serviceId, actor, t.db);
    expect(revision?.status).toBe("draft");
    expect(draft).toMatchObject({ isFree: false, fees: "£4 a session" });
    expect(await liveRows(serviceId)).toEqual(before);
    // A second withdraw of the same revision (another tab, or a moderator got there first) is refused plainly.
    expect(await withdrawRevision({ serviceId, revisionId: pending.id }, actor, t.db)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: "already-decided" }),
    });
  });

  it("a withdrawn new listing goes back to draft with nothing lost", async () => {
    const { actor, organisationId } = await makeProvider(t.db);
    const started = await startListing({ organisationId, what: choirWhat }, actor, t.db);
    const serviceId = started.ok ? started.value.serviceId : "";
    for (const [step, input] of choirSteps) await saveListingDraft({ serviceId, step, input }, actor, t.db);
    await submitListing({ serviceId }, actor, t.db);
    const pending = await t.db.revision.findFirstOrThrow({ where: { serviceId, status: "pending" } });
    await withdrawRevision({ serviceId, revisionId: pending.id }, actor, t.db);
    expect((await t.db.service.findUniqueOrThrow({ where: { id: serviceId } })).listingStatus).toBe("draft");
    expect((await readListingDraft(serviceId, actor, t.db)).draft).toEqual(pending.data);
  });
});

describe("discarding a draft", () => {
  it("discarded changes to a live listing are withdrawn; the live listing stays", async () => {
    const { serviceId, actor } = await liveListing();
    await startEdit({ serviceId }, actor, t.db);
    expect(await discardDraft({ serviceId }, actor, t.db)).toEqual({ ok: true, value: { deleted: false } });
    expect((await t.db.service.findUniqueOrThrow({ where: { id: serviceId } })).listingStatus).toBe("published");
    expect(await t.db.revision.count({ where: { serviceId, status: "withdrawn" } })).toBe(1);
  });

  it("a never-sent new listing is deleted, with a copy kept in the audit log", async () => {
    const { actor, organisationId } = await makeProvider(t.db);
    const started = await startListing({ organisationId, what: choirWhat }, actor, t.db);
    const serviceId = started.ok ? started.value.serviceId : "";
    expect(await discardDraft({ serviceId }, actor, t.db)).toEqual({ ok: true, value: { deleted: true } });
    expect(await t.db.service.count({ where: { id: serviceId } })).toBe(0);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: serviceId, action: "listing.draft_deleted" } });
    expect(audit.data).toMatchObject({ data: choirWhat });
  });
});

describe("the provider dashboard", () => {
  it("shows each listing's status, with the moderator's reason when changes were requested", async () => {
    const { serviceId, actor } = await liveListing();
    await startEdit({ serviceId }, actor, t.db);
    await saveListingDraft({ serviceId, step: "what", input: { ...choirWhat, name: "Renamed choir" } }, actor, t.db);
    await submitListing({ serviceId }, actor, t.db);
    const revision = await t.db.revision.findFirstOrThrow({ where: { serviceId, status: "pending" } });
    // As the moderation area does when it asks for changes.
    await t.db.revision.update({ where: { id: revision.id }, data: { status: "changes_requested", lockVersion: { increment: 1 } } });
    await t.db.moderationDecision.create({
      data: { serviceId, revisionId: revision.id, action: "request_changes", reason: "Please add the session times" },
    });

    const listing = (await listProviderDashboard(actor, t.db)).organisations[0]!.listings[0]!;
    expect(listing.progress).toMatchObject({
      label: "Changes requested",
      reason: "Please add the session times",
      actions: ["continue", "discard"],
    });
    // The provider can work on the sent-back revision and send it again.
    expect(
      await saveListingDraft({ serviceId, step: "what", input: { ...choirWhat, name: "Renamed choir again" } }, actor, t.db),
    ).toMatchObject({ ok: true });
    expect(await submitListing({ serviceId }, actor, t.db)).toEqual({ ok: true, value: { isNew: false } });
  });

  it("shows nothing to someone with no organisation", async () => {
    const user = await t.db.user.create({ data: { email: "lonely@example.org" } });
    expect(await listProviderDashboard({ id: user.id, email: user.email, name: null, role: "provider" }, t.db)).toEqual({
      organisations: [],
      claims: [],
    });
  });
});
