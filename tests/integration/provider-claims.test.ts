import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/server/auth/policy";
import { readClaimableListing } from "@/server/claims/read-claimable-listing";
import { requestClaim } from "@/server/claims/request-claim";
import { listProviderDashboard } from "@/server/listings/list-provider-dashboard";
import { startEdit } from "@/server/listings/start-edit";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { makeProvider, makePublishedListing } from "../support/provider-fixtures";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});
afterAll(() => t?.drop());

const message = "I am the volunteer coordinator and run the Monday sessions.";

describe("claiming an imported listing", () => {
  it("records a pending claim (one per person per listing) without changing the listing", async () => {
    const { actor, organisationId } = await makeProvider(t.db);
    const imported = await t.db.service.findFirstOrThrow({ where: { source: "osm", listingStatus: "published", organisationId: null } });

    const r = await requestClaim({ serviceId: imported.id, organisationId, message }, actor, t.db);
    expect(r.ok).toBe(true);
    const claim = await t.db.claimRequest.findFirstOrThrow({ where: { serviceId: imported.id, userId: actor.id } });
    expect(claim).toMatchObject({ status: "pending", organisationId, message });
    expect(await t.db.auditEvent.count({ where: { entityId: claim.id, action: "claim.requested" } })).toBe(1);
    expect(await t.db.service.findUniqueOrThrow({ where: { id: imported.id } })).toEqual(imported);

    expect(await requestClaim({ serviceId: imported.id, organisationId, message }, actor, t.db)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: "already-pending" }),
    });
    expect((await readClaimableListing(imported.id, actor, t.db))?.pendingClaim).toMatchObject({ organisationName: expect.any(String) });
    expect((await listProviderDashboard(actor, t.db)).claims).toEqual([
      expect.objectContaining({ serviceId: imported.id, status: "pending" }),
    ]);
  });

  it("two claims sent at the same moment make one pending claim", async () => {
    const { actor, organisationId } = await makeProvider(t.db);
    const serviceId = await makePublishedListing(t.db, null);
    const results = await Promise.all([1, 2, 3].map(() => requestClaim({ serviceId, organisationId, message }, actor, t.db)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await t.db.claimRequest.count({ where: { serviceId, userId: actor.id, status: "pending" } })).toBe(1);
  });

  it("refuses claims for another person's organisation, for unpublished listings, and bad input", async () => {
    const me = await makeProvider(t.db, "me");
    const other = await makeProvider(t.db, "other");
    const serviceId = await makePublishedListing(t.db, null);
    await expect(requestClaim({ serviceId, organisationId: other.organisationId, message }, me.actor, t.db)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const draft = await t.db.service.create({
      data: { name: "Someone's draft", listingStatus: "draft", organisationId: other.organisationId },
    });
    expect(await requestClaim({ serviceId: draft.id, organisationId: me.organisationId, message }, me.actor, t.db)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: "not-found" }),
    });
    expect(await readClaimableListing(draft.id, me.actor, t.db)).toBeNull();
    expect(
      await requestClaim({ serviceId, organisationId: me.organisationId, message: "<script>x</script>" }, me.actor, t.db),
    ).toMatchObject({
      ok: false,
      error: expect.objectContaining({ code: "invalid", fieldErrors: { message: expect.stringMatching(/plain text/) } }),
    });
    expect(await t.db.claimRequest.count({ where: { serviceId } })).toBe(0);
  });

  it("once approved, the claimant's organisation manages the listing, and nobody else can", async () => {
    const claimant = await makeProvider(t.db, "claimant");
    const colleague = await t.db.user.create({ data: { email: "colleague@example.org" } });
    await t.db.membership.create({ data: { userId: colleague.id, organisationId: claimant.organisationId, role: "member" } });
    const stranger = await makeProvider(t.db, "stranger");
    const serviceId = await makePublishedListing(t.db, null);
    await expect(startEdit({ serviceId }, claimant.actor, t.db)).rejects.toBeInstanceOf(ForbiddenError);

    // As the moderation area does on approval.
    await t.db.service.update({ where: { id: serviceId }, data: { organisationId: claimant.organisationId } });

    expect(await startEdit({ serviceId }, { id: colleague.id, email: colleague.email, name: null, role: "provider" }, t.db)).toEqual({
      ok: true,
    });
    await expect(startEdit({ serviceId }, stranger.actor, t.db)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await requestClaim({ serviceId, organisationId: claimant.organisationId, message }, claimant.actor, t.db)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: "already-managed" }),
    });
    const listed = (await listProviderDashboard(claimant.actor, t.db)).organisations[0]!.listings;
    expect(listed.map((l) => l.id)).toContain(serviceId);
  });
});
