import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Actor } from "@/server/auth/policy";
import { createPrismaClient } from "@/server/db/client";
import { approveRevision } from "@/server/moderation/approve-revision";
import { rejectRevision } from "@/server/moderation/close-revision";
import { makeModerator, makeOrganisationWithMember, makePendingNewListing } from "../support/factories";
import { waitForMail } from "../support/mail-capture";
import { closeAppEnvironment, openAppEnvironment, type MailCapture } from "../support/app-environment";
import type { TestDatabase } from "../support/test-database";

// Two moderators act on the same item at the same moment, each through their own connection pool (as two
// app instances would). Exactly one wins; the other is told what happened; the history says both.

let t: TestDatabase;
let second: PrismaClient;
let mail: MailCapture;
let alice: Actor;
let bob: Actor;

beforeAll(async () => {
  ({ t, mail } = await openAppEnvironment({ seeded: true }));
  second = createPrismaClient(t.url);
  alice = await makeModerator(t.db);
  bob = await makeModerator(t.db);
});
afterAll(async () => {
  await second?.$disconnect();
  await closeAppEnvironment({ t, mail });
});

describe("two moderators approve the same revision at once", () => {
  it("one succeeds, one is told of the conflict, one version is published, and the audit tells the story", async () => {
    const { organisation, user } = await makeOrganisationWithMember(t.db);
    const { service, revision } = await makePendingNewListing(t.db, { organisationId: organisation.id, userId: user.id });
    const seen = { revisionId: revision.id, lockVersion: 1, serviceVersion: 1 };

    const [a, b] = await Promise.all([approveRevision(seen, alice, t.db), approveRevision(seen, bob, second)]);

    const outcomes = [a, b];
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    const loser = (outcomes.find((o) => !o.ok) as { ok: false; error: { message: string } }).error;
    const [winner, other] = a.ok ? [alice, bob] : [bob, alice];
    expect(loser.message).toMatch(
      new RegExp(`^Another moderator \\(${winner.email.replace(/\./g, "\\.")}\\) approved it at .+\\. Nothing was changed\\.$`),
    );

    const live = await t.db.service.findUniqueOrThrow({ where: { id: service.id } });
    expect(live).toMatchObject({ listingStatus: "published", version: 2, verifiedById: winner.id });
    expect(await t.db.schedule.count({ where: { serviceId: service.id } })).toBe(1);
    expect(
      await t.db.moderationDecision.findMany({ where: { revisionId: revision.id }, select: { action: true, moderatorId: true } }),
    ).toEqual([{ action: "approve", moderatorId: winner.id }]);

    const story = await t.db.auditEvent.findMany({
      where: { entityType: "revision", entityId: revision.id },
      orderBy: { createdAt: "asc" },
    });
    expect(story.map((e) => [e.action, e.actorId])).toEqual([
      ["revision.approved", winner.id],
      ["moderation.conflict", other.id],
    ]);
    expect(story[1]!.data).toMatchObject({ attempted: "approve", lockVersion: 1, message: loser.message });

    // The provider hears once: one message was written with the winning transaction, and it was delivered.
    expect(await t.db.outboxMail.findMany({ where: { to: user.email }, select: { subject: true, sentAt: true } })).toEqual([
      { subject: expect.stringContaining("is now live"), sentAt: expect.any(Date) },
    ]);
    expect((await waitForMail(mail.dir, (m) => m.to.includes(user.email))).subject).toContain("is now live");
  });

  it("an approval racing a rejection: exactly one decision stands and matches the revision's status", async () => {
    const { organisation, user } = await makeOrganisationWithMember(t.db);
    const { service, revision } = await makePendingNewListing(t.db, { organisationId: organisation.id, userId: user.id });
    const [a, b] = await Promise.all([
      approveRevision({ revisionId: revision.id, lockVersion: 1, serviceVersion: 1 }, alice, t.db),
      rejectRevision({ revisionId: revision.id, lockVersion: 1, reason: "Not a creative health activity." }, bob, second),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    const decisions = await t.db.moderationDecision.findMany({ where: { revisionId: revision.id } });
    expect(decisions).toHaveLength(1);
    const after = await t.db.revision.findUniqueOrThrow({ where: { id: revision.id } });
    const live = await t.db.service.findUniqueOrThrow({ where: { id: service.id } });
    if (a.ok) expect([after.status, live.listingStatus, decisions[0]!.action]).toEqual(["approved", "published", "approve"]);
    else expect([after.status, live.listingStatus, decisions[0]!.action]).toEqual(["rejected", "rejected", "reject"]);
  });
});
