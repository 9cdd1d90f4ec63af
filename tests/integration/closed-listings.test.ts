import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/auth/policy";
import { readClaimableListing } from "@/server/claims/read-claimable-listing";
import { readListingDraft } from "@/server/listings/read-listing-draft";
import { saveListingDraft } from "@/server/listings/save-listing-draft";
import { startEdit } from "@/server/listings/start-edit";
import { submitListing } from "@/server/listings/submit-listing";
import { approveRevision } from "@/server/moderation/approve-revision";
import { archiveListing } from "@/server/moderation/archive-listing";
import { decideClaim } from "@/server/moderation/decide-claim";
import { mergeListing } from "@/server/moderation/merge-listing";
import { makeClaim, makeModerator } from "../support/factories";
import { choirWhat, makeProvider, makePublishedListing } from "../support/provider-fixtures";
import { closeAppEnvironment, openAppEnvironment, type MailCapture } from "../support/app-environment";
import type { TestDatabase } from "../support/test-database";

// Issue 11, holes 5 and 8: a listing that has left the directory cannot come back through a surviving draft,
// and a listing handed to a new organisation does not show it the previous one's work in progress.

let t: TestDatabase;
let mail: MailCapture;
let moderator: Actor;

beforeAll(async () => {
  ({ t, mail } = await openAppEnvironment({ seeded: true }));
  moderator = await makeModerator(t.db);
});
afterAll(async () => {
  await closeAppEnvironment({ t, mail });
});

/** A live listing whose provider has an unsent draft edit open. */
async function liveListingWithDraft() {
  const provider = await makeProvider(t.db);
  const serviceId = await makePublishedListing(t.db, provider.organisationId);
  expect((await startEdit({ serviceId }, provider.actor, t.db)).ok).toBe(true);
  const saved = await saveListingDraft(
    { serviceId, step: "what", input: { ...choirWhat, description: `${choirWhat.description} Now on Thursdays too.` } },
    provider.actor,
    t.db,
  );
  expect(saved.ok).toBe(true);
  const service = await t.db.service.findUniqueOrThrow({ where: { id: serviceId } });
  return { ...provider, serviceId, version: service.version };
}

const openRevisions = (serviceId: string) =>
  t.db.revision.count({ where: { serviceId, status: { in: ["draft", "pending", "changes_requested"] } } });

describe("an archived or merged listing stays out of the directory", () => {
  it("archiving closes the provider's unsent draft, and a submit afterwards is refused", async () => {
    const { serviceId, version, actor } = await liveListingWithDraft();
    expect((await archiveListing({ serviceId, version, reason: "The group has closed." }, moderator, t.db)).ok).toBe(true);

    expect(await openRevisions(serviceId)).toBe(0);
    const submitted = await submitListing({ serviceId }, actor, t.db);
    expect(submitted).toEqual({
      ok: false,
      error: expect.objectContaining({ code: "not-editable", message: expect.stringMatching(/archived/) }),
    });
    expect((await t.db.service.findUniqueOrThrow({ where: { id: serviceId } })).listingStatus).toBe("archived");
    expect(await startEdit({ serviceId }, actor, t.db)).toMatchObject({ ok: false });
  });

  it("merging closes the duplicate's unsent draft, and a submit afterwards is refused", async () => {
    const { serviceId, version, actor } = await liveListingWithDraft();
    const keep = await makePublishedListing(t.db, null);
    expect((await mergeListing({ duplicateId: serviceId, duplicateVersion: version, targetId: keep }, moderator, t.db)).ok).toBe(true);

    expect(await openRevisions(serviceId)).toBe(0);
    const submitted = await submitListing({ serviceId }, actor, t.db);
    expect(submitted).toEqual({
      ok: false,
      error: expect.objectContaining({ code: "not-editable", message: expect.stringMatching(/merged/) }),
    });
  });

  it.each(["archived", "rejected"] as const)("a draft left on a %s listing cannot be sent for review or approved", async (status) => {
    const { serviceId, actor } = await liveListingWithDraft();
    await t.db.service.update({ where: { id: serviceId }, data: { listingStatus: status } });

    const submitted = await submitListing({ serviceId }, actor, t.db);
    expect(submitted).toEqual({
      ok: false,
      error: expect.objectContaining({ code: "not-editable", message: expect.stringMatching(status) }),
    });
    expect(await t.db.revision.count({ where: { serviceId, status: "pending" } })).toBe(0);

    // Even a revision that reached the queue before the listing closed cannot publish it again.
    const revision = await t.db.revision.findFirstOrThrow({ where: { serviceId, status: "draft" } });
    await t.db.revision.update({ where: { id: revision.id }, data: { status: "pending", submittedAt: new Date() } });
    const pending = await t.db.revision.findUniqueOrThrow({ where: { id: revision.id } });
    const { version } = await t.db.service.findUniqueOrThrow({ where: { id: serviceId } });
    const approved = await approveRevision(
      { revisionId: pending.id, lockVersion: pending.lockVersion, serviceVersion: version },
      moderator,
      t.db,
    );
    expect(approved.ok).toBe(false);
    expect((await t.db.service.findUniqueOrThrow({ where: { id: serviceId } })).listingStatus).toBe(status);
  });
});

describe("claims", () => {
  it("after a claim is approved the new organisation does not see the previous organisation's drafts", async () => {
    const { serviceId } = await liveListingWithDraft();
    const claimant = await makeProvider(t.db, "claimant");
    const claim = await makeClaim(t.db, { serviceId, organisationId: claimant.organisationId, userId: claimant.actor.id });
    expect((await decideClaim({ claimId: claim.id, lockVersion: claim.lockVersion, decision: "approve" }, moderator, t.db)).ok).toBe(true);

    const view = await readListingDraft(serviceId, claimant.actor, t.db);
    expect(view.revision).toBeNull();
    expect(JSON.stringify(view.draft)).not.toMatch(/Thursdays/);
    expect(await openRevisions(serviceId)).toBe(0);
  });

  it("the claim page shows a hidden venue's ward and place only, never its town or postcode", async () => {
    const claimant = await makeProvider(t.db, "claimant");
    const serviceId = await makePublishedListing(t.db, null, {
      locations: [{ address1: "4 Private Lane", city: "Sowerby Bridge", postcode: "HX1 1QG", hideExactAddress: true, accessibility: [] }],
    });
    const location = await t.db.location.findFirstOrThrow({
      where: { serviceAtLocations: { some: { serviceId } } },
      include: { ward: true, place: true },
    });
    expect(location.ward && location.place).toBeTruthy();

    const listing = await readClaimableListing(serviceId, claimant.actor, t.db);
    expect(listing?.where).toBe(`${location.ward!.name}, ${location.place!.name}`);
    expect(listing?.where).not.toMatch(/Sowerby|HX1/);
  });

  it("the claim page still shows an ordinary venue's town and postcode", async () => {
    const claimant = await makeProvider(t.db, "claimant");
    const serviceId = await makePublishedListing(t.db, null);
    expect((await readClaimableListing(serviceId, claimant.actor, t.db))?.where).toBe("Halifax, HX1 1QG");
  });
});
