import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approveRevision } from "@/server/moderation/approve-revision";
import { rejectRevision, requestRevisionChanges } from "@/server/moderation/close-revision";
import { editRevisionCategories } from "@/server/moderation/edit-revision-categories";
import { getRevisionForReview } from "@/server/moderation/get-revision-for-review";
import { ForbiddenError, type Actor } from "@/server/auth/policy";
import { readListing } from "@/server/listings/read-listing";
import {
  makeModerator,
  makeOrganisationWithMember,
  makePendingEdit,
  makePendingNewListing,
  makePublishedListing,
  makeUser,
  sampleListing,
} from "../support/factories";
import { waitForMail } from "../support/mail-capture";
import { closeAppEnvironment, openAppEnvironment, type MailCapture } from "../support/app-environment";
import type { TestDatabase } from "../support/test-database";

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

describe("approving a new listing", () => {
  it("publishes it atomically: HSDS rows, published, version + 1, verified, decision, audit, email to the provider", async () => {
    const { organisation, user } = await makeOrganisationWithMember(t.db);
    const { service, revision, listing } = await makePendingNewListing(t.db, { organisationId: organisation.id, userId: user.id });

    const review = await getRevisionForReview(revision.id, moderator, t.db);
    expect(review).toMatchObject({ isNew: true, behind: false });
    expect(review!.rows.find((r) => r.key === "name")).toMatchObject({ before: null, after: listing.name, change: "added" });

    const outcome = await approveRevision({ revisionId: revision.id, lockVersion: 1, serviceVersion: 1 }, moderator, t.db);
    expect(outcome.ok).toBe(true);

    const live = await t.db.service.findUniqueOrThrow({ where: { id: service.id } });
    expect(live).toMatchObject({ listingStatus: "published", version: 2, verifiedById: moderator.id, staleSince: null });
    expect(live.verifiedAt).not.toBeNull();
    expect(await readListing(service.id, t.db)).toMatchObject({
      name: listing.name,
      categories: listing.categories,
      sessions: listing.sessions,
    });
    expect(await t.db.revision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({ status: "approved", lockVersion: 2 });
    expect(await t.db.moderationDecision.findMany({ where: { revisionId: revision.id } })).toMatchObject([
      { action: "approve", moderatorId: moderator.id },
    ]);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: revision.id, action: "revision.approved" } });
    expect(audit).toMatchObject({ actorId: moderator.id, data: { serviceId: service.id, isNew: true, publishedVersion: 2 } });

    const sent = await waitForMail(mail.dir, (m) => m.to.includes(user.email));
    expect(sent.subject).toBe(`Your listing “${listing.name}” is now live`);
    expect(sent.text).toContain(`http://directory.test/services/${service.id}`);
    expect(await t.db.outboxMail.count({ where: { to: user.email, sentAt: null } })).toBe(0);
  });
});

describe("an edit of a live listing", () => {
  it("shows a field-by-field diff against the live version and flags a revision made against an older version", async () => {
    const { organisation, user } = await makeOrganisationWithMember(t.db);
    const live = await makePublishedListing(t.db, { organisationId: organisation.id });
    const before = (await readListing(live.id, t.db))!;
    const proposed = {
      ...before,
      description: "A friendly choir that now also meets on Saturdays, all welcome.",
      categories: ["singing-and-choirs", "music-making"],
    };
    const old = await makePendingEdit(t.db, { serviceId: live.id, organisationId: organisation.id, userId: user.id, listing: proposed });
    await t.db.service.update({ where: { id: live.id }, data: { version: { increment: 1 } } });

    const review = (await getRevisionForReview(old.id, moderator, t.db))!;
    expect(review.behind).toBe(true);
    const changed = review.rows.filter((r) => r.change !== "unchanged");
    expect(changed.map((r) => r.label)).toEqual(["Description", "Categories"]);
    expect(changed[1]!.note).toBe("Added: Music making.");
  });

  it("keeps the live listing as it was when the edit is rejected, and tells the provider why", async () => {
    const { organisation, user } = await makeOrganisationWithMember(t.db);
    const live = await makePublishedListing(t.db, { organisationId: organisation.id });
    const before = (await readListing(live.id, t.db))!;
    const edit = await makePendingEdit(t.db, {
      serviceId: live.id,
      organisationId: organisation.id,
      userId: user.id,
      listing: { ...before, name: "Something else entirely" },
    });

    const outcome = await rejectRevision(
      { revisionId: edit.id, lockVersion: 1, reason: "The new name does not match your website." },
      moderator,
      t.db,
    );
    expect(outcome.ok).toBe(true);
    expect(await readListing(live.id, t.db)).toEqual(before);
    expect(await t.db.service.findUniqueOrThrow({ where: { id: live.id } })).toMatchObject({
      listingStatus: "published",
      version: live.version,
    });
    expect(await t.db.moderationDecision.findFirstOrThrow({ where: { revisionId: edit.id } })).toMatchObject({
      action: "reject",
      reason: "The new name does not match your website.",
    });
    const sent = await waitForMail(mail.dir, (m) => m.to.includes(user.email) && m.subject.includes("were not approved"));
    expect(sent.text).toContain("The new name does not match your website.");
  });

  it("refuses to publish over a live version that moved on after the moderator compared", async () => {
    const { organisation, user } = await makeOrganisationWithMember(t.db);
    const live = await makePublishedListing(t.db, { organisationId: organisation.id });
    const edit = await makePendingEdit(t.db, {
      serviceId: live.id,
      organisationId: organisation.id,
      userId: user.id,
      listing: sampleListing(),
    });
    await t.db.service.update({ where: { id: live.id }, data: { version: { increment: 1 } } });

    const outcome = await approveRevision({ revisionId: edit.id, lockVersion: 1, serviceVersion: live.version }, moderator, t.db);
    expect(outcome).toEqual({
      ok: false,
      error: { code: "conflict", message: expect.stringContaining("The live listing changed after you opened this revision") },
    });
    expect(await t.db.revision.findUniqueOrThrow({ where: { id: edit.id } })).toMatchObject({ status: "pending", lockVersion: 1 });
  });
});

describe("requesting changes", () => {
  it("returns a new listing to draft, records the message and emails it to the provider", async () => {
    const { organisation, user } = await makeOrganisationWithMember(t.db);
    const { service, revision } = await makePendingNewListing(t.db, { organisationId: organisation.id, userId: user.id });
    const outcome = await requestRevisionChanges(
      { revisionId: revision.id, lockVersion: 1, reason: "Please add the day and time of the sessions." },
      moderator,
      t.db,
    );
    expect(outcome.ok).toBe(true);
    expect(await t.db.revision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({ status: "changes_requested" });
    expect(await t.db.service.findUniqueOrThrow({ where: { id: service.id } })).toMatchObject({ listingStatus: "draft" });
    expect(await t.db.moderationDecision.findFirstOrThrow({ where: { revisionId: revision.id } })).toMatchObject({
      action: "request_changes",
      reason: "Please add the day and time of the sessions.",
    });
    const sent = await waitForMail(mail.dir, (m) => m.to.includes(user.email) && m.subject.startsWith("Changes needed"));
    expect(sent.text).toContain("Please add the day and time of the sessions.");
  });
});

describe("categories", () => {
  it("a moderator replaces the provider's suggestion before approving; approval publishes the moderator's choice", async () => {
    const { organisation, user } = await makeOrganisationWithMember(t.db);
    const { service, revision } = await makePendingNewListing(t.db, { organisationId: organisation.id, userId: user.id });
    expect(
      (
        await editRevisionCategories(
          { revisionId: revision.id, lockVersion: 1, categories: ["music-making", "visual-arts"] },
          moderator,
          t.db,
        )
      ).ok,
    ).toBe(true);
    // The page the other moderator loaded is now out of date.
    const stale = await approveRevision({ revisionId: revision.id, lockVersion: 1, serviceVersion: 1 }, moderator, t.db);
    expect(stale).toEqual({ ok: false, error: { code: "conflict", message: expect.stringContaining("changed the categories of it") } });
    expect((await approveRevision({ revisionId: revision.id, lockVersion: 2, serviceVersion: 1 }, moderator, t.db)).ok).toBe(true);
    expect((await readListing(service.id, t.db))!.categories).toEqual(["music-making", "visual-arts"]);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: revision.id, action: "revision.categories_edited" } });
    expect(audit.data).toMatchObject({ from: ["singing-and-choirs"], to: ["music-making", "visual-arts"] });
  });
});

describe("authorisation", () => {
  it("refuses providers and anonymous callers for every revision action, and changes nothing", async () => {
    const { organisation, user } = await makeOrganisationWithMember(t.db);
    const { revision } = await makePendingNewListing(t.db, { organisationId: organisation.id, userId: user.id });
    const provider = await makeUser(t.db, "provider");
    const base = { revisionId: revision.id, lockVersion: 1 };
    await expect(getRevisionForReview(revision.id, provider, t.db)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(approveRevision({ ...base, serviceVersion: 1 }, provider, t.db)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(rejectRevision({ ...base, reason: "x" }, provider, t.db)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(requestRevisionChanges({ ...base, reason: "x" }, provider, t.db)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(editRevisionCategories({ ...base, categories: ["visual-arts"] }, provider, t.db)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(approveRevision({ ...base, serviceVersion: 1 }, null as unknown as Actor, t.db)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await t.db.revision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({ status: "pending", lockVersion: 1 });
    expect(await t.db.moderationDecision.count({ where: { revisionId: revision.id } })).toBe(0);
  });

  it("lets an admin act as a moderator", async () => {
    const { organisation, user } = await makeOrganisationWithMember(t.db);
    const { revision } = await makePendingNewListing(t.db, { organisationId: organisation.id, userId: user.id });
    const admin = await makeUser(t.db, "admin");
    expect((await approveRevision({ revisionId: revision.id, lockVersion: 1, serviceVersion: 1 }, admin, t.db)).ok).toBe(true);
  });
});
