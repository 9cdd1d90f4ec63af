import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SESSION_COOKIE_NAMES } from "@/server/auth/session-cookie";
import { uniq } from "../support/factories";
import { readCapturedMail, startMailCapture, waitForMail } from "../support/mail-capture";
import { TEST_AUTH_SECRET } from "../support/app-environment";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// Issue 11, holes 1, 2, 3 and 6: every request here goes to Auth.js's real route handler, with the headers an
// attacker can choose, and the mail is read from a real SMTP capture.

let t: TestDatabase;
let mail: Awaited<ReturnType<typeof startMailCapture>>;
const APP = "http://directory.test";

let forgedHeaders = new Headers();
// For our own form's server action (and the `signIn()` inside Auth.js it calls): the request's headers.
vi.mock("next/headers", () => ({ headers: async () => forgedHeaders, cookies: async () => ({ get: () => undefined, set: () => {} }) }));

beforeAll(async () => {
  t = await createTestDatabase({ seeded: false });
  mail = await startMailCapture();
  delete process.env.AUTH_URL;
  delete process.env.TRUSTED_PROXY_HOPS;
  Object.assign(process.env, {
    DATABASE_URL: t.url,
    SMTP_URL: mail.smtpUrl,
    APP_URL: APP,
    AUTH_SECRET: TEST_AUTH_SECRET,
  });
});
afterAll(async () => {
  mail?.stop();
  await t?.drop();
});

const route = () => import("@/app/api/auth/[...nextauth]/route");
const octet = () => Math.floor(Math.random() * 250) + 1;
const someClient = () => ({ "x-forwarded-for": `10.${octet()}.${octet()}.${octet()}` });
const email = (prefix: string) => `${prefix}-${uniq()}@example.org`;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mailTo = (address: string) => readCapturedMail(mail.dir).filter((m) => m.to.some((to) => to.includes(address)));

/** Asks Auth.js's own endpoint for a link, as a script would: CSRF token first, then the form post. */
async function requestLink(address: string, headers: Record<string, string> = someClient(), origin = APP): Promise<Response> {
  const { GET, POST } = await route();
  const csrf = await GET(new NextRequest(`${origin}/api/auth/csrf`, { headers }));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return POST(
    new NextRequest(`${origin}/api/auth/signin/email`, {
      method: "POST",
      headers: { ...headers, cookie, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email: address, csrfToken, callbackUrl: "/provider" }),
    }),
  );
}

/** Our own form's server action, as the browser posts it; resolves to the redirect it ends with, or its state. */
async function submitForm(address: string, headers: Record<string, string> = someClient()): Promise<unknown> {
  const { requestSignInLinkAction } = await import("@/app/(auth)/sign-in/actions");
  forgedHeaders = new Headers({ host: "directory.test", ...headers });
  const form = new FormData();
  form.set("email", address);
  form.set("callbackUrl", "/provider");
  try {
    return await requestSignInLinkAction({ status: "idle", fieldErrors: {}, values: {} }, form);
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return { redirectedTo: digest.split(";")[2] };
    throw error;
  }
}

const linkIn = (text: string) => new URL(text.match(/https?:\/\/\S+/)![0]);

describe("hole 1: a forged Host cannot poison the sign-in link", () => {
  it("mails a link to the configured origin, whatever Host and X-Forwarded-Host say", async () => {
    const admin = email("admin");
    await requestLink(admin, { ...someClient(), host: "evil.example", "x-forwarded-host": "evil.example" }, "http://evil.example");
    const link = linkIn((await waitForMail(mail.dir, (m) => m.to.includes(admin))).text);
    expect(link.origin).toBe(APP);
    expect(link.href).not.toContain("evil.example");
  });

  it("does the same for our own sign-in form", async () => {
    const admin = email("admin");
    const forged = { ...someClient(), host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" };
    expect(await submitForm(admin, forged)).toEqual({ redirectedTo: "/sign-in/check-email" });
    const link = linkIn((await waitForMail(mail.dir, (m) => m.to.includes(admin))).text);
    expect(link.origin).toBe(APP);
  });
});

describe("hole 2: Auth.js's endpoint applies our checks", () => {
  it.each([
    ["two addresses", () => `${email("victim")},attacker-${uniq()}@evil.example`],
    ["a quoted address", () => `"${email("victim")}"@evil.example`],
    ["a 500-character address", () => `${"a".repeat(480)}-${uniq()}@example.org`],
  ])("refuses %s, mails nobody and stores nothing", async (_name, make) => {
    const address = make();
    const response = await requestLink(address);
    expect(response.headers.get("location")).toContain("error=");
    expect(response.headers.get("location")).not.toMatch(/check-email|verify-request/);
    await pause(300);
    const local = address.split(/[@,"]/).find((part) => part.includes("-"))!;
    expect(readCapturedMail(mail.dir).filter((m) => m.to.some((to) => to.includes(local)))).toHaveLength(0);
    expect(await t.db.user.count({ where: { email: { contains: local } } })).toBe(0);
    expect(await t.db.verificationToken.count({ where: { identifier: { contains: local } } })).toBe(0);
  });

  it("limits links per address, as our own form does", async () => {
    const victim = email("flooded");
    for (let i = 0; i < 6; i++) await requestLink(victim);
    await pause(300);
    expect(mailTo(victim)).toHaveLength(5);
  });
});

describe("hole 3: the client address is the one our proxy saw", () => {
  it("limits one client to 30 links however it changes the left of X-Forwarded-For", async () => {
    const tag = uniq();
    const responses: Response[] = [];
    for (let i = 0; i < 31; i++) {
      responses.push(await requestLink(`many-${tag}-${i}@example.org`, { "x-forwarded-for": `198.51.${octet()}.${octet()}, 192.0.2.77` }));
    }
    await pause(300);
    expect(readCapturedMail(mail.dir).filter((m) => m.to.some((to) => to.includes(`many-${tag}-`)))).toHaveLength(30);
    expect(responses.at(-1)!.headers.get("location")).toContain("error=");
  });

  it("takes the right end of X-Forwarded-For, never the left", async () => {
    const { clientAddress } = await import("@/server/http/client-address");
    forgedHeaders = new Headers({ "x-forwarded-for": "198.51.100.1, 203.0.113.50" });
    expect(await clientAddress()).toBe("203.0.113.50");
    forgedHeaders = new Headers({ "x-forwarded-for": "203.0.113.51" });
    expect(await clientAddress()).toBe("203.0.113.51");
  });
});

describe("hole 6: scanners and failed sends", () => {
  it("mails a link to a confirmation page; opening it uses nothing, pressing Sign in signs in", async () => {
    const person = email("scanned");
    await requestLink(person);
    const link = linkIn((await waitForMail(mail.dir, (m) => m.to.includes(person))).text);
    expect(link.pathname).toBe("/sign-in/confirm");
    const { GET, POST } = await route();
    const callback = `${APP}/api/auth/callback/email${link.search}`;
    // A scanner that finds (or guesses) Auth.js's own callback URL and GETs it uses nothing either.
    const scanned = await GET(new NextRequest(callback));
    expect(scanned.headers.get("location")).toContain("/sign-in/confirm?");
    expect(await t.db.verificationToken.count({ where: { identifier: person } })).toBe(1);
    const pressed = await POST(new NextRequest(callback, { method: "POST", headers: someClient() }));
    // The name getActor looks for before asking Auth.js (SESSION_COOKIE_NAMES).
    expect(pressed.headers.getSetCookie().some((c) => SESSION_COOKIE_NAMES.some((name) => c.startsWith(`${name}=`)))).toBe(true);
    expect(new URL(pressed.headers.get("location")!).pathname).toBe("/provider");
    expect(await t.db.verificationToken.count({ where: { identifier: person } })).toBe(0);
    expect(await t.db.session.count({ where: { user: { email: person } } })).toBe(1);
  });

  it("tells the person when the mail could not be sent, and keeps it in the outbox to retry", async () => {
    mail.stop();
    await pause(300);
    const person = email("unlucky");
    const response = await requestLink(person);
    expect(response.headers.get("location")).toContain("error=");
    expect(response.headers.get("location")).not.toMatch(/check-email|verify-request/);
    const queued = await t.db.outboxMail.findFirstOrThrow({ where: { to: person } });
    expect(queued.sentAt).toBeNull();
    expect(queued.lastError).toBeTruthy();
    const other = email("unlucky");
    expect(await submitForm(other)).toMatchObject({ status: "error", fieldErrors: { email: expect.stringContaining("could not send") } });
    expect(await t.db.outboxMail.count({ where: { to: other, sentAt: null } })).toBe(1);
  });
});
