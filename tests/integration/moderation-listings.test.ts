import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, type Actor } from "@/server/auth/policy";
import { recordListingDemand } from "@/server/insights/record-listing-demand";
import { archiveListing } from "@/server/moderation/archive-listing";
import { decideClaim } from "@/server/moderation/decide-claim";
import { dismissDuplicate } from "@/server/moderation/dismiss-duplicate";
import { getClaimForReview } from "@/server/moderation/get-claim-for-review";
import { getListingForModeration } from "@/server/moderation/get-listing-for-moderation";
import { getListingHistory } from "@/server/moderation/get-listing-history";
import { getReportForReview } from "@/server/moderation/get-report-for-review";
import { listVerificationBatch } from "@/server/moderation/list-verification-batch";
import { mergeListing } from "@/server/moderation/merge-listing";
import { resolveReport } from "@/server/moderation/resolve-report";
import { normaliseWebsite, suggestDuplicates } from "@/server/moderation/suggest-duplicates";
import { verifyListing, verifyListings } from "@/server/moderation/verify-listing";
import {
  makeClaim,
  makeModerator,
  makeOrganisationWithMember,
  makePendingEdit,
  makePublishedListing,
  makeUser,
  sampleListing,
  uniq,
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

describe("archiving a listing", () => {
  it("takes it out of the directory, resolves its reports, closes pending work, records why and tells the owner", async () => {
    const { organisation, user } = await makeOrganisationWithMember(t.db);
    const live = await makePublishedListing(t.db, { organisationId: organisation.id });
    const report = await t.db.report.create({ data: { serviceId: live.id, topic: "closed", message: "Closed last month." } });
    const edit = await makePendingEdit(t.db, {
      serviceId: live.id,
      organisationId: organisation.id,
      userId: user.id,
      listing: sampleListing(),
    });

    expect((await archiveListing({ serviceId: live.id, version: live.version, reason: "The group has closed." }, moderator, t.db)).ok).toBe(
      true,
    );
    expect(await t.db.service.findUniqueOrThrow({ where: { id: live.id } })).toMatchObject({
      listingStatus: "archived",
      version: live.version + 1,
    });
    expect(await t.db.report.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({
      status: "resolved",
      resolvedById: moderator.id,
    });
    expect(await t.db.revision.findUniqueOrThrow({ where: { id: edit.id } })).toMatchObject({ status: "rejected" });
    expect((await waitForMail(mail.dir, (m) => m.to.includes(user.email))).text).toContain("The group has closed.");

    const again = await archiveListing({ serviceId: live.id, version: live.version, reason: "Closed" }, moderator, t.db);
    expect(again).toEqual({
      ok: false,
      error: { code: "conflict", message: "This listing has already been archived. Nothing was changed." },
    });
  });
});

describe("duplicates", () => {
  it("suggests the same name nearby, the same charity number and the same website, and forgets dismissed pairs", async () => {
    const a = await makeOrganisationWithMember(t.db, { charityNumber: `1${uniq().slice(0, 6)}` });
    const b = await t.db.organisation.create({ data: { name: "Another body", charityNumber: ` ${a.organisation.charityNumber} ` } });
    const name = `Calder Valley Sketch Club ${uniq()}`;
    const original = await makePublishedListing(t.db, { listing: sampleListing({ name, url: "https://www.sketch.example.org/club/" }) });
    // About 100 m north (a provider's nudged map pin), nearly the same name.
    const pc = await t.db.postcode.findUniqueOrThrow({ where: { pcd: "HX1 1QG" } });
    const pin = { lat: pc.lat + 0.0009, lng: pc.lng };
    const near = sampleListing({
      name: `${name}s`,
      locations: [{ address1: "1 Square Road", city: "Halifax", postcode: "HX1 1QG", ...pin, hideExactAddress: false, accessibility: [] }],
    });
    const nearby = await makePublishedListing(t.db, { listing: near });
    const sameSite = await makePublishedListing(t.db, {
      listing: sampleListing({ url: "http://sketch.example.org/club" }),
      organisationId: a.organisation.id,
    });
    const sameCharity = await makePublishedListing(t.db, { organisationId: b.id });
    const probe = await t.db.service.findUniqueOrThrow({
      where: { id: original.id },
      include: { serviceAtLocations: { include: { location: true } } },
    });

    const found = await suggestDuplicates(
      {
        serviceId: original.id,
        name,
        points: probe.serviceAtLocations.map((s) => ({ lat: s.location.lat!, lng: s.location.lng! })),
        url: probe.url,
        charityNumber: a.organisation.charityNumber,
      },
      t.db,
    );
    const reasonsOf = (id: string) => found.find((f) => f.id === id)?.reasons;
    expect(reasonsOf(nearby.id)).toEqual(["Similar name within 200 m"]);
    expect(found.find((f) => f.id === nearby.id)!.distanceMetres).toBeLessThanOrEqual(200);
    expect(reasonsOf(sameSite.id)).toEqual(expect.arrayContaining(["Same website", "Same charity number"]));
    expect(reasonsOf(sameCharity.id)).toEqual(["Same charity number"]);
    expect(reasonsOf(original.id)).toBeUndefined();

    await dismissDuplicate({ serviceId: nearby.id, otherServiceId: original.id }, moderator, t.db);
    await dismissDuplicate({ serviceId: original.id, otherServiceId: nearby.id }, moderator, t.db);
    const view = (await getListingForModeration(original.id, moderator, t.db))!;
    expect(view.duplicates.map((d) => d.id)).not.toContain(nearby.id);
    expect(view.duplicates.map((d) => d.id)).toContain(sameSite.id);
  });

  it("does not suggest a listing with a similar name far away", async () => {
    const name = `Pennine Potters ${uniq()}`;
    const halifax = await makePublishedListing(t.db, { listing: sampleListing({ name }) });
    const leeds = await makePublishedListing(t.db, {
      listing: sampleListing({
        name,
        locations: [{ address1: "Central Library", city: "Leeds", postcode: "LS1 3AB", hideExactAddress: false, accessibility: [] }],
      }),
    });
    const view = (await getListingForModeration(halifax.id, moderator, t.db))!;
    expect(view.duplicates.map((d) => d.id)).not.toContain(leeds.id);
  });

  it("normalises websites the way people write them", () => {
    expect(normaliseWebsite("HTTPS://www.Example.org/Choir/?utm=1")).toBe("example.org/choir");
    expect(normaliseWebsite("  ")).toBeNull();
  });

  it("merges a duplicate: archived and pointing at the survivor, its reports and claims moved, both histories say so", async () => {
    const { organisation, user } = await makeOrganisationWithMember(t.db);
    const keep = await makePublishedListing(t.db);
    const dup = await makePublishedListing(t.db, { organisationId: organisation.id });
    const report = await t.db.report.create({ data: { serviceId: dup.id, topic: "details_wrong", message: "Listed twice." } });
    const claimant = await makeOrganisationWithMember(t.db);
    const claim = await makeClaim(t.db, { serviceId: dup.id, organisationId: claimant.organisation.id, userId: claimant.user.id });

    expect(
      (
        await mergeListing(
          { duplicateId: dup.id, duplicateVersion: dup.version, targetId: keep.id, reason: "Same choir, listed twice." },
          moderator,
          t.db,
        )
      ).ok,
    ).toBe(true);
    expect(await t.db.service.findUniqueOrThrow({ where: { id: dup.id } })).toMatchObject({
      listingStatus: "archived",
      mergedIntoId: keep.id,
    });
    expect(await t.db.service.findUniqueOrThrow({ where: { id: keep.id } })).toMatchObject({
      listingStatus: "published",
      organisationId: organisation.id,
    });
    expect(await t.db.report.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ serviceId: keep.id, status: "open" });
    expect(await t.db.claimRequest.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ serviceId: keep.id, status: "pending" });
    expect((await getListingHistory(keep.id, moderator, t.db)).map((h) => h.action)).toContain("service.merged_from");
    expect((await getListingHistory(dup.id, moderator, t.db))[0]).toMatchObject({
      action: "service.merged_into",
      actor: moderator.email,
      data: { targetId: keep.id },
    });
    await waitForMail(mail.dir, (m) => m.to.includes(user.email) && m.subject.includes("merged"));

    const intoItself = await mergeListing({ duplicateId: keep.id, duplicateVersion: keep.version, targetId: keep.id }, moderator, t.db);
    expect(intoItself.ok).toBe(false);
  });
});

describe("verifying listings", () => {
  it("a stale listing verified by a moderator is fresh again and leaves the queue", async () => {
    const stale = await makePublishedListing(t.db, { verifiedAt: new Date("2025-01-01T00:00:00Z") });
    await t.db.service.update({ where: { id: stale.id }, data: { staleSince: new Date("2026-01-01T00:00:00Z") } });
    expect((await verifyListing({ serviceId: stale.id, version: stale.version }, moderator, t.db)).ok).toBe(true);
    const after = await t.db.service.findUniqueOrThrow({ where: { id: stale.id } });
    expect(after).toMatchObject({ staleSince: null, verifiedById: moderator.id });
    expect(after.verifiedAt!.getTime()).toBeGreaterThan(new Date("2026-01-01").getTime());
    expect((await getListingHistory(stale.id, moderator, t.db))[0]).toMatchObject({
      action: "service.verified",
      data: { via: "moderator" },
    });
  });

  it("verifies a batch of imported listings, reporting the ones that changed meanwhile", async () => {
    const a = await makePublishedListing(t.db, { verifiedAt: null, source: "osm" });
    const b = await makePublishedListing(t.db, { verifiedAt: null, source: "osm" });
    // Wanted more than any seeded listing, so both are on the queue's first page.
    await recordListingDemand({ serviceIds: [a.id, b.id], kind: "shortlist" }, t.db);
    await recordListingDemand({ serviceIds: [a.id, b.id], kind: "shortlist" }, t.db);
    expect((await listVerificationBatch({}, moderator, t.db)).items.map((i) => i.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    await t.db.service.update({ where: { id: b.id }, data: { version: { increment: 1 } } });
    const result = await verifyListings(
      {
        items: [
          { serviceId: a.id, version: a.version },
          { serviceId: b.id, version: b.version },
        ],
      },
      moderator,
      t.db,
    );
    expect(result.done).toEqual([a.id]);
    expect(result.conflicts).toEqual([{ serviceId: b.id, message: expect.stringContaining("changed after you opened this page") }]);
    expect(await t.db.service.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ verifiedById: moderator.id });
    const waiting = (await listVerificationBatch({}, moderator, t.db)).items.map((i) => i.id);
    expect(waiting).not.toContain(a.id);
    expect(waiting).toContain(b.id);
  });
});

describe("claims", () => {
  it("approving hands the listing to the claimant's organisation and emails a one-click confirmation link", async () => {
    const imported = await makePublishedListing(t.db, { verifiedAt: null, source: "osm" });
    const { organisation, user } = await makeOrganisationWithMember(t.db);
    const claim = await makeClaim(t.db, { serviceId: imported.id, organisationId: organisation.id, userId: user.id });
    expect((await getClaimForReview(claim.id, moderator, t.db))!.claim.user.email).toBe(user.email);

    expect((await decideClaim({ claimId: claim.id, lockVersion: 1, decision: "approve" }, moderator, t.db)).ok).toBe(true);
    expect(await t.db.service.findUniqueOrThrow({ where: { id: imported.id } })).toMatchObject({ organisationId: organisation.id });
    const sent = await waitForMail(mail.dir, (m) => m.to.includes(user.email) && m.subject.startsWith("You now manage"));
    expect(sent.text).toMatch(new RegExp(`http://directory\\.test/services/${imported.id}/confirm\\?token=\\S+`));

    const twice = await decideClaim({ claimId: claim.id, lockVersion: 1, decision: "reject", reason: "No" }, moderator, t.db);
    expect(twice).toEqual({
      ok: false,
      error: { code: "conflict", message: expect.stringMatching(/^Another moderator \(.+\) approved it at .+\. Nothing was changed\.$/) },
    });
  });

  it("rejecting leaves the listing's owner as it was and tells the claimant why", async () => {
    const imported = await makePublishedListing(t.db, { verifiedAt: null, source: "osm" });
    const { organisation, user } = await makeOrganisationWithMember(t.db);
    const claim = await makeClaim(t.db, { serviceId: imported.id, organisationId: organisation.id, userId: user.id });
    expect(
      (
        await decideClaim(
          { claimId: claim.id, lockVersion: 1, decision: "reject", reason: "We could not confirm you run it." },
          moderator,
          t.db,
        )
      ).ok,
    ).toBe(true);
    expect(await t.db.service.findUniqueOrThrow({ where: { id: imported.id } })).toMatchObject({ organisationId: null });
    expect((await waitForMail(mail.dir, (m) => m.to.includes(user.email))).text).toContain("We could not confirm you run it.");
  });
});

describe("public reports", () => {
  it("a moderator dismisses a report once; a second moderator is told it is already done", async () => {
    const live = await makePublishedListing(t.db);
    const report = await t.db.report.create({ data: { serviceId: live.id, topic: "other", message: "Buy cheap watches" } });
    expect((await getReportForReview(report.id, moderator, t.db))!.report.message).toBe("Buy cheap watches");
    expect((await resolveReport({ reportId: report.id, lockVersion: 1, outcome: "dismissed", note: "Spam" }, moderator, t.db)).ok).toBe(
      true,
    );
    const late = await resolveReport({ reportId: report.id, lockVersion: 1, outcome: "resolved" }, moderator, t.db);
    expect(late).toEqual({
      ok: false,
      error: { code: "conflict", message: `This report was already dismissed by ${moderator.email}. Nothing was changed.` },
    });
  });
});

describe("authorisation", () => {
  it("refuses a provider every listing action and read, and changes nothing", async () => {
    const provider = await makeUser(t.db, "provider");
    const live = await makePublishedListing(t.db);
    const other = await makePublishedListing(t.db);
    const report = await t.db.report.create({ data: { serviceId: live.id, topic: "closed", message: "Closed down." } });
    const { organisation, user } = await makeOrganisationWithMember(t.db);
    const claim = await makeClaim(t.db, { serviceId: live.id, organisationId: organisation.id, userId: user.id });
    const v = { serviceId: live.id, version: live.version };
    const attempts = [
      () => archiveListing({ ...v, reason: "x" }, provider, t.db),
      () => verifyListing(v, provider, t.db),
      () => verifyListings({ items: [v] }, provider, t.db),
      () => mergeListing({ duplicateId: live.id, duplicateVersion: live.version, targetId: other.id }, provider, t.db),
      () => dismissDuplicate({ serviceId: live.id, otherServiceId: other.id }, provider, t.db),
      () => decideClaim({ claimId: claim.id, lockVersion: 1, decision: "approve" }, provider, t.db),
      () => resolveReport({ reportId: report.id, lockVersion: 1, outcome: "dismissed" }, provider, t.db),
      () => getListingForModeration(live.id, provider, t.db),
      () => getListingHistory(live.id, provider, t.db),
      () => getClaimForReview(claim.id, provider, t.db),
      () => getReportForReview(report.id, provider, t.db),
      () => listVerificationBatch({}, provider, t.db),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(ForbiddenError);
    expect(await t.db.service.findUniqueOrThrow({ where: { id: live.id } })).toMatchObject({
      listingStatus: "published",
      version: live.version,
      organisationId: null,
    });
    expect(await t.db.report.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ status: "open" });
    expect(await t.db.claimRequest.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ status: "pending" });
    expect(await t.db.duplicateDismissal.count({ where: { dismissedById: provider.id } })).toBe(0);
  });
});
