import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addService, clearListings } from "../support/search-fixture";
import { startMailCapture, waitForMail } from "../support/mail-capture";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// "Email the shortlist": real SMTP, real rate limits in Postgres, and nothing about the recipient kept.

let t: TestDatabase;
let mail: Awaited<ReturnType<typeof startMailCapture>>;
const ids: string[] = [];

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  mail = await startMailCapture();
  process.env.DATABASE_URL = t.url;
  process.env.SMTP_URL = mail.smtpUrl;
  await clearListings(t.db);
  ids.push(
    await addService(t.db, {
      name: "Tuesday Choir",
      km: 1,
      categories: ["singing-and-choirs"],
      isFree: true,
      sessions: [{ byDay: "TU", opensAt: 1140, closesAt: 1260 }],
    }),
  );
  ids.push(await addService(t.db, { name: "Kitchen Table Knitters", km: 1, categories: ["crafts-and-making"], hidden: true }));
  ids.push(await addService(t.db, { name: "Withdrawn Group", km: 1, listingStatus: "archived" }));
});
afterAll(async () => {
  mail?.stop();
  await t?.drop();
});

describe("emailShortlist", () => {
  it("sends the published activities with when, where and cost, hiding home addresses", async () => {
    const { emailShortlist } = await import("@/server/shortlist/email-shortlist");
    const result = await emailShortlist(
      { to: "person@example.org", ids, clientAddress: "203.0.113.9", baseUrl: "https://directory.example" },
      t.db,
    );
    expect(result).toEqual({ ok: true, value: { sent: 2 } });
    const received = await waitForMail(mail.dir, (m) => m.to.includes("person@example.org"));
    expect(received.subject).toBe("2 activities to try");
    expect(received.text).toContain("1. Tuesday Choir");
    expect(received.text).toContain("When: Every Tuesday, 7pm to 9pm");
    // The fixture states its values as imported open data (tests/support/search-fixture.ts).
    expect(received.text).toContain("Cost: Free (from open data)");
    expect(received.text).toContain("2. Kitchen Table Knitters");
    expect(received.text).toMatch(/Kitchen Table Knitters[\s\S]*Cost: Not stated — ask them/);
    expect(received.text).toContain("2. Kitchen Table Knitters");
    expect(received.text).toContain("the exact address is given when you get in touch");
    const knitters = received.text.split("2. Kitchen Table Knitters")[1]!.split("Open this list")[0]!;
    expect(knitters).not.toContain("Test Street");
    expect(knitters).not.toContain("HX1 1AA");
    expect(received.text).not.toContain("Withdrawn Group");
    expect(received.text).toContain(`https://directory.example/shortlist?ids=${ids[0]},${ids[1]}`);
    expect(received.html).toContain("<h2");
    const stored = await t.db.$queryRaw<
      Array<{ n: number }>
    >`SELECT count(*)::int AS n FROM rate_limit_bucket WHERE key LIKE '%person@example.org%'`;
    expect(stored[0]!.n).toBe(0);
  });

  it("labels each fact with where it comes from: a library's days, cost, joining and contact", async () => {
    const { emailShortlist } = await import("@/server/shortlist/email-shortlist");
    const id = await addService(t.db, {
      name: "Lowtown Library",
      km: 1,
      categories: ["reading-groups-and-library-activities"],
      isFree: true,
      accessTypes: ["drop_in"],
      sessions: [{ byDay: "MO", opensAt: 570, closesAt: 1020 }],
    });
    await t.db.service.update({
      where: { id },
      data: { email: "lowtown@example.org", url: "https://www.example.org/lowtown", phones: { create: { number: "01924 325080" } } },
    });
    // Replaces the fixture's own open-data rows with what a library's record gives.
    await t.db.serviceFact.deleteMany({ where: { serviceId: id } });
    await t.db.serviceFact.createMany({
      data: [
        {
          serviceId: id,
          fact: "schedule",
          state: "imported",
          sources: ["libraries-hacked-councils"],
          note: "Also: closed on bank holidays",
        },
        { serviceId: id, fact: "cost", state: "usual", kindOfPlace: "library" },
        { serviceId: id, fact: "access", state: "usual", kindOfPlace: "library" },
        { serviceId: id, fact: "contact", state: "confirmed", sources: ["moderator"], confirmedAt: new Date("2026-11-30T10:00:00Z") },
      ],
    });
    const result = await emailShortlist(
      { to: "link-worker@example.org", ids: [id], clientAddress: "203.0.113.44", baseUrl: "https://directory.example" },
      t.db,
    );
    expect(result).toEqual({ ok: true, value: { sent: 1 } });
    const received = await waitForMail(mail.dir, (m) => m.to.includes("link-worker@example.org"));
    expect(received.text).toContain("When: Every Monday, 9:30am to 5pm; Also: closed on bank holidays (from open data)");
    expect(received.text).toContain("Cost: Free to visit (usual for a library)");
    expect(received.text).toContain("How to join: Drop in: no need to book (usual for a library)");
    expect(received.text).toContain("Phone: 01924 325080 (confirmed)");
    expect(received.text).toContain("Email: lowtown@example.org (confirmed)");
    expect(received.text).toContain("Website: https://www.example.org/lowtown (confirmed)");
    expect(received.text).toContain("Where: Lowtown Library, 1 Test Street, Halifax, HX1 1AA");
    expect(received.html).toContain("Free to visit <span");
    expect(received.html).toContain("(usual for a library)</span>");
    expect(received.html).toContain("01924 325080 <span");
    expect(received.text).toContain(
      "Some details come from: The council's library records, via Libraries Hacked, Open Government Licence v3.0",
    );
  });

  it("refuses a fourth email to the same address within the hour", async () => {
    const { emailShortlist } = await import("@/server/shortlist/email-shortlist");
    const send = () =>
      emailShortlist(
        {
          to: "flood@example.org",
          ids: [ids[0]!],
          clientAddress: `198.51.100.${Math.floor(Math.random() * 200)}`,
          baseUrl: "https://d.example",
        },
        t.db,
      );
    for (let i = 0; i < 3; i++) expect((await send()).ok).toBe(true);
    expect(await send()).toEqual({
      ok: false,
      error: { code: "rate-limited", message: expect.stringMatching(/^Too many emails sent. Try again in \d+ minutes\.$/) },
    });
  });

  it("refuses more than ten emails from one client address within the hour", async () => {
    const { emailShortlist } = await import("@/server/shortlist/email-shortlist");
    const results = [];
    for (let i = 0; i < 11; i++)
      results.push(
        await emailShortlist({ to: `r${i}@example.org`, ids: [ids[0]!], clientAddress: "192.0.2.77", baseUrl: "https://d.example" }, t.db),
      );
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    expect(results[10]).toMatchObject({ ok: false, error: { code: "rate-limited" } });
  });

  it("sends nothing when none of the activities is published", async () => {
    const { emailShortlist } = await import("@/server/shortlist/email-shortlist");
    expect(
      await emailShortlist({ to: "x@example.org", ids: [ids[2]!], clientAddress: "192.0.2.1", baseUrl: "https://d.example" }, t.db),
    ).toEqual({ ok: false, error: expect.objectContaining({ code: "empty" }) });
  });
});
