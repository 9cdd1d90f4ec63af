import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { createPrismaClient } from "@/server/db/client";
import { addMonths } from "@/server/freshness/freshness-rules";
import { confirmListingByLink, inspectConfirmLink } from "@/server/freshness/confirm-listing-by-link";
import { withJobLock } from "@/server/freshness/job-lock";
import { runFreshness } from "@/server/freshness/run-freshness";
import { deliverQueuedMail } from "@/server/mail/deliver-queued-mail";
import { listQueue } from "@/server/moderation/list-queue";
import { queueFilterSchema } from "@/lib/validation/moderation";
import { makeModerator, makeOrganisationWithMember, makePublishedListing, makeUser } from "../support/factories";
import { readCapturedMail, type CapturedMail } from "../support/mail-capture";
import { closeAppEnvironment, openAppEnvironment, type MailCapture } from "../support/app-environment";
import type { TestDatabase } from "../support/test-database";

let t: TestDatabase;
let second: PrismaClient;
let mail: MailCapture;

beforeAll(async () => {
  ({ t, mail } = await openAppEnvironment({ seeded: true }));
  second = createPrismaClient(t.url);
});
afterAll(async () => {
  await second?.$disconnect();
  await closeAppEnvironment({ t, mail });
});

const day = 86_400_000;
const mailTo = (email: string): CapturedMail[] => readCapturedMail(mail.dir).filter((m) => m.to.includes(email));
const linkIn = (m: CapturedMail) => m.text.match(/http:\/\/directory\.test\/services\/([0-9a-f-]+)\/confirm\?token=(\S+)/)!;
const run = (now: Date, db: PrismaClient = t.db) => runFreshness({ now }, db);

/** An owned listing (two members) verified at `verifiedAt`. */
async function ownedListing(verifiedAt: Date) {
  const { organisation, user } = await makeOrganisationWithMember(t.db);
  const colleague = await makeUser(t.db, "provider", "colleague");
  await t.db.membership.create({ data: { userId: colleague.id, organisationId: organisation.id, role: "member" } });
  const service = await makePublishedListing(t.db, { organisationId: organisation.id, verifiedAt });
  return { service, owner: user, colleague };
}

describe("the freshness stages, on a fixed clock", () => {
  const verified = new Date("2025-01-10T09:00:00Z");

  it("asks at 6 months, reminds at 11, marks stale at 12, each once however often the job runs", async () => {
    const { service, owner, colleague } = await ownedListing(verified);
    await run(addMonths(verified, 5));
    expect(mailTo(owner.email)).toHaveLength(0);

    const sixMonths = new Date(addMonths(verified, 6).getTime() + day);
    await run(sixMonths);
    await run(sixMonths);
    await run(new Date(sixMonths.getTime() + 7 * day));
    const asked = mailTo(owner.email);
    expect(asked.map((m) => m.subject)).toEqual([`Is “${service.name}” still correct?`]);
    expect(mailTo(colleague.email)).toHaveLength(1);
    expect(asked[0]!.text).toContain("http://directory.test/provider");
    expect(linkIn(asked[0]!)[1]).toBe(service.id);

    const elevenMonths = new Date(addMonths(verified, 11).getTime() + day);
    await run(elevenMonths);
    await run(elevenMonths);
    expect(mailTo(owner.email).map((m) => m.subject)).toEqual([
      `Is “${service.name}” still correct?`,
      `Reminder: please check “${service.name}”`,
    ]);

    const twelveMonths = new Date(addMonths(verified, 12).getTime() + day);
    await run(twelveMonths);
    await run(twelveMonths);
    const stale = await t.db.service.findUniqueOrThrow({ where: { id: service.id } });
    expect(stale.staleSince).toEqual(twelveMonths);
    expect(mailTo(owner.email).at(-1)!.subject).toBe(`“${service.name}” is now marked as out of date`);
    expect(mailTo(owner.email)).toHaveLength(3);

    const moderator = await makeModerator(t.db);
    const queue = await listQueue(queueFilterSchema.parse({ kind: "stale" }), moderator, t.db);
    expect(queue.items.map((i) => i.serviceId)).toContain(service.id);
    const history = await t.db.auditEvent.findMany({ where: { entityId: service.id }, orderBy: { createdAt: "asc" } });
    expect(history.map((h) => h.action)).toEqual(["service.reconfirm_asked", "service.reconfirm_reminded", "service.marked_stale"]);
  });

  it("the one-click link shows first, confirms only when posted, and starts a new cycle", async () => {
    const { service, owner } = await ownedListing(verified);
    const asked = new Date(addMonths(verified, 12).getTime() + day);
    await run(asked);
    const [, serviceId, token] = linkIn(mailTo(owner.email).at(-1)!);
    const inspected = await inspectConfirmLink({ serviceId: serviceId!, token: decodeURIComponent(token!), now: asked }, t.db);
    expect(inspected).toMatchObject({ ok: true, value: { name: service.name, staleSince: asked } });
    // Looking (what a mail scanner's prefetch does) changes nothing.
    expect((await t.db.service.findUniqueOrThrow({ where: { id: service.id } })).staleSince).toEqual(asked);

    const confirmedAt = new Date(asked.getTime() + 2 * day);
    expect(await confirmListingByLink({ serviceId: serviceId!, token: decodeURIComponent(token!), now: confirmedAt }, t.db)).toMatchObject({
      ok: true,
    });
    expect(await t.db.service.findUniqueOrThrow({ where: { id: service.id } })).toMatchObject({
      verifiedAt: confirmedAt,
      verifiedById: owner.id,
      staleSince: null,
    });
    expect(await t.db.auditEvent.findFirst({ where: { entityId: service.id, action: "service.verified" } })).toMatchObject({
      actorId: owner.id,
      data: { via: "email_link" },
    });

    // Six months after the confirmation, the owner is asked again (a new cycle).
    await run(new Date(addMonths(confirmedAt, 6).getTime() + day));
    expect(mailTo(owner.email).at(-1)!.subject).toBe(`Is “${service.name}” still correct?`);
  });

  it("refuses an expired link, a link for another listing, and a link whose holder has left the organisation", async () => {
    const { service, owner } = await ownedListing(verified);
    const now = new Date(addMonths(verified, 6).getTime() + day);
    await run(now);
    const [, serviceId, raw] = linkIn(mailTo(owner.email).at(-1)!);
    const token = decodeURIComponent(raw!);
    expect(await inspectConfirmLink({ serviceId: serviceId!, token, now: new Date(now.getTime() + 46 * day) }, t.db)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: "expired" }),
    });
    const other = await makePublishedListing(t.db);
    expect(await confirmListingByLink({ serviceId: other.id, token, now }, t.db)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: "invalid" }),
    });
    await t.db.membership.deleteMany({ where: { userId: owner.id } });
    expect(await confirmListingByLink({ serviceId: service.id, token, now }, t.db)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: "not-owner" }),
    });
    expect((await t.db.service.findUniqueOrThrow({ where: { id: service.id } })).verifiedAt).toEqual(verified);
  });

  it("a listing nobody owns is never emailed but still goes stale at 12 months", async () => {
    const service = await makePublishedListing(t.db, { verifiedAt: verified });
    await run(new Date(addMonths(verified, 6).getTime() + day));
    expect(await t.db.freshnessNotice.count({ where: { serviceId: service.id } })).toBe(0);
    const later = new Date(addMonths(verified, 12).getTime() + 2 * day);
    await run(later);
    expect((await t.db.service.findUniqueOrThrow({ where: { id: service.id } })).staleSince).toEqual(later);
  });
});

describe("demand counts", () => {
  it("keeps the days the verification queue reads and drops the older ones", async () => {
    const service = await makePublishedListing(t.db, {});
    const now = new Date("2026-06-15T12:00:00Z");
    const daysAgo = (n: number) => new Date(Date.UTC(2026, 5, 15 - n));
    for (const n of [60, 28, 27, 0]) {
      await t.db.listingDemandDay.create({ data: { serviceId: service.id, day: daysAgo(n), searchAppearances: 3, shortlistAdds: 1 } });
    }
    const first = await run(now);
    expect(first.prunedDemandDays).toBeGreaterThanOrEqual(2);
    const kept = await t.db.listingDemandDay.findMany({ where: { serviceId: service.id }, orderBy: { day: "asc" } });
    expect(kept.map((d) => d.day)).toEqual([daysAgo(27), daysAgo(0)]);
    expect((await run(now)).prunedDemandDays).toBe(0);
  });
});

describe("running twice at once", () => {
  it("two instances running the job at the same moment send each notice exactly once", async () => {
    const verifiedAt = new Date("2025-03-03T09:00:00Z");
    const { service, owner, colleague } = await ownedListing(verifiedAt);
    const now = new Date(addMonths(verifiedAt, 6).getTime() + day);
    await Promise.all([run(now, t.db), run(now, second), run(now, t.db)]);
    expect(mailTo(owner.email)).toHaveLength(1);
    expect(mailTo(colleague.email)).toHaveLength(1);
    expect(await t.db.freshnessNotice.findMany({ where: { serviceId: service.id }, select: { stage: true, recipients: true } })).toEqual([
      { stage: "ask", recipients: 2 },
    ]);
  });

  it("the job lock lets only one run through while another holds it", async () => {
    let inner: string | null = "not run";
    const outer = await withJobLock(t.url, 999_001, async () => {
      inner = await withJobLock(t.url, 999_001, async () => "second");
      return "first";
    });
    expect([outer, inner]).toEqual(["first", null]);
    expect(await withJobLock(t.url, 999_001, async () => "after")).toBe("after");
  });

  it("outbox mail is sent once even when two deliverers race, and undelivered mail is retried by the job", async () => {
    const to = `outbox-${Date.now()}@example.org`;
    await t.db.outboxMail.createMany({ data: [1, 2, 3].map((n) => ({ to, subject: `Queued ${n}`, text: "Left over from a crash" })) });
    await Promise.all([deliverQueuedMail({}, t.db), deliverQueuedMail({}, second)]);
    expect(
      mailTo(to)
        .map((m) => m.subject)
        .sort(),
    ).toEqual(["Queued 1", "Queued 2", "Queued 3"]);
    await t.db.outboxMail.create({ data: { to, subject: "Queued 4", text: "SMTP was down" } });
    expect((await run(new Date())).mail.sent).toBeGreaterThanOrEqual(1);
    expect(mailTo(to)).toHaveLength(4);
  });
});
