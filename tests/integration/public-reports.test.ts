import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportSchema } from "@/lib/validation/report";
import { REPORTS_PER_HOUR, REPORTS_PER_LISTING_PER_DAY, submitReport } from "@/server/reports/submit-report";
import { makeOrganisationWithMember, makePendingNewListing, makePublishedListing, uniq } from "../support/factories";
import { readCapturedMail, startMailCapture, waitForMail } from "../support/mail-capture";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let mail: Awaited<ReturnType<typeof startMailCapture>>;

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  mail = await startMailCapture();
  Object.assign(process.env, { DATABASE_URL: t.url, SMTP_URL: mail.smtpUrl, APP_URL: "http://directory.test" });
});
afterAll(async () => {
  mail?.stop();
  await t?.drop();
});

const report = (over: Record<string, unknown> = {}) =>
  reportSchema.parse({ topic: "closed", message: "The group stopped meeting in September.", contactEmail: "visitor@example.org", ...over });
const address = () => `203.0.113.${Math.floor(Math.random() * 250)}-${uniq()}`;

describe("a public report", () => {
  it("lands in the queue and emails the owner the problem, but never the reporter's address", async () => {
    const { organisation, user } = await makeOrganisationWithMember(t.db);
    const live = await makePublishedListing(t.db, { organisationId: organisation.id });
    const result = await submitReport({ serviceId: live.id, report: report(), clientAddress: address() }, t.db);
    expect(result).toEqual({ ok: true, value: { reportId: expect.any(String) } });
    const stored = await t.db.report.findUniqueOrThrow({ where: { id: (result as { value: { reportId: string } }).value.reportId } });
    expect(stored).toMatchObject({ serviceId: live.id, topic: "closed", status: "open", contactEmail: "visitor@example.org" });
    expect(await t.db.auditEvent.count({ where: { entityId: stored.id, action: "report.created", actorId: null } })).toBe(1);
    const sent = await waitForMail(mail.dir, (m) => m.to.includes(user.email));
    expect(sent.subject).toBe(`Someone has reported a problem with “${live.name}”`);
    expect(sent.text).toContain("The group stopped meeting in September.");
    expect(sent.text).not.toContain("visitor@example.org");
  });

  it("is accepted for a listing nobody owns, with no email", async () => {
    const live = await makePublishedListing(t.db);
    const before = readCapturedMail(mail.dir).length;
    expect((await submitReport({ serviceId: live.id, report: report({ contactEmail: "" }), clientAddress: address() }, t.db)).ok).toBe(
      true,
    );
    expect(await t.db.outboxMail.count({ where: { subject: { contains: live.name } } })).toBe(0);
    expect(readCapturedMail(mail.dir).length).toBe(before);
  });

  it("is refused for a listing that is not published", async () => {
    const { organisation, user } = await makeOrganisationWithMember(t.db);
    const { service } = await makePendingNewListing(t.db, { organisationId: organisation.id, userId: user.id });
    expect(await submitReport({ serviceId: service.id, report: report(), clientAddress: address() }, t.db)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: "not-found" }),
    });
    expect(await t.db.report.count({ where: { serviceId: service.id } })).toBe(0);
  });

  it("silently drops a report whose honeypot field was filled in", async () => {
    const live = await makePublishedListing(t.db);
    expect(
      await submitReport({ serviceId: live.id, report: report({ website: "http://spam.example" }), clientAddress: address() }, t.db),
    ).toEqual({ ok: true, value: { reportId: null } });
    expect(await t.db.report.count({ where: { serviceId: live.id } })).toBe(0);
  });

  it(`allows ${REPORTS_PER_HOUR} reports an hour from one address, then asks them to wait`, async () => {
    const live = await makePublishedListing(t.db);
    const from = address();
    const now = new Date("2026-11-21T10:05:00Z");
    for (let i = 0; i < REPORTS_PER_HOUR; i++)
      expect((await submitReport({ serviceId: live.id, report: report(), clientAddress: from, now }, t.db)).ok).toBe(true);
    expect(await submitReport({ serviceId: live.id, report: report(), clientAddress: from, now }, t.db)).toEqual({
      ok: false,
      error: { code: "rate-limited", message: expect.stringContaining("try again in 55 minutes") },
    });
    expect((await submitReport({ serviceId: live.id, report: report(), clientAddress: address(), now }, t.db)).ok).toBe(true);
  });

  it("caps the reports one listing gets in a day, however many addresses they come from (each one emails its owner)", async () => {
    const { organisation } = await makeOrganisationWithMember(t.db);
    const live = await makePublishedListing(t.db, { organisationId: organisation.id });
    const now = new Date("2026-11-22T09:00:00Z");
    expect(REPORTS_PER_LISTING_PER_DAY).toBeGreaterThan(REPORTS_PER_HOUR);
    for (let i = 0; i < REPORTS_PER_LISTING_PER_DAY; i++)
      expect((await submitReport({ serviceId: live.id, report: report(), clientAddress: address(), now }, t.db)).ok).toBe(true);
    expect(await submitReport({ serviceId: live.id, report: report(), clientAddress: address(), now }, t.db)).toEqual({
      ok: false,
      error: { code: "rate-limited", message: expect.stringContaining("many reports") },
    });
    expect(await t.db.report.count({ where: { serviceId: live.id } })).toBe(REPORTS_PER_LISTING_PER_DAY);
  });

  it("validates the form: topic, a real message, an optional email, plain text only", () => {
    const errors = (input: Record<string, unknown>) => {
      const r = reportSchema.safeParse(input);
      return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
    };
    expect(errors({ topic: "nonsense", message: "short", contactEmail: "not-an-email" })).toEqual({
      topic: "Choose what the problem is",
      message: "Tell us what is wrong or what has changed (at least 10 characters)",
      contactEmail: "Enter an email address like name@example.com, or leave it empty",
    });
    expect(errors({ topic: "other", message: "<script>alert(1)</script> hello there" })).toEqual({
      message: "Your message must be plain text, without HTML or script tags",
    });
    expect(reportSchema.parse({ topic: "other", message: "  The phone number is wrong.  ", contactEmail: "  " })).toEqual({
      topic: "other",
      message: "The phone number is wrong.",
      website: "",
    });
  });
});
