import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMailCapture, waitForMail } from "../support/mail-capture";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let mail: Awaited<ReturnType<typeof startMailCapture>>;

beforeAll(async () => {
  t = await createTestDatabase({ seeded: false });
  mail = await startMailCapture();
  process.env.DATABASE_URL = t.url;
  process.env.SMTP_URL = mail.smtpUrl;
});
afterAll(async () => {
  mail?.stop();
  await t?.drop();
});

describe("sendMail", () => {
  it("delivers over real SMTP", async () => {
    const { sendMail } = await import("@/server/mail/send-mail");
    await sendMail({ to: "person@example.org", subject: "Your shortlist", text: "Halifax Choir, Tuesdays 7pm" });
    const received = await waitForMail(mail.dir, (m) => m.subject === "Your shortlist");
    expect(received.to).toEqual(["person@example.org"]);
    expect(received.text).toContain("Halifax Choir");
  });
});

describe("consumeRateLimit", () => {
  it("allows exactly the limit, even when attempts race from several instances", async () => {
    const { consumeRateLimit } = await import("@/server/rate-limit/consume-rate-limit");
    const now = new Date("2026-11-21T10:00:30Z");
    const attempts = await Promise.all(
      Array.from({ length: 12 }, () => consumeRateLimit({ key: "test:race", limit: 5, windowSeconds: 60, now }, t.db)),
    );
    expect(attempts.filter((a) => a.allowed)).toHaveLength(5);
    expect(attempts.find((a) => !a.allowed)!.retryAfterSeconds).toBe(30);
  });

  it("starts afresh in the next window", async () => {
    const { consumeRateLimit } = await import("@/server/rate-limit/consume-rate-limit");
    const first = new Date("2026-11-21T11:00:00Z");
    for (let i = 0; i < 3; i++) await consumeRateLimit({ key: "test:window", limit: 3, windowSeconds: 60, now: first }, t.db);
    expect((await consumeRateLimit({ key: "test:window", limit: 3, windowSeconds: 60, now: first }, t.db)).allowed).toBe(false);
    const later = new Date("2026-11-21T11:01:00Z");
    expect((await consumeRateLimit({ key: "test:window", limit: 3, windowSeconds: 60, now: later }, t.db)).allowed).toBe(true);
  });
});
