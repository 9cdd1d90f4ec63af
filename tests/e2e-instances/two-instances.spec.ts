import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { readCapturedMail } from "../support/mail-capture";
import { E2E_MAIL_DIR, signInByEmail, uniqueEmail } from "../e2e/support/accounts";
import { arrangeOwnedPublishedListing, runFreshnessJob } from "../e2e/support/moderation-fixtures";
import { addOrganisation, fillNewListing, serviceRow } from "../e2e/support/provider";
import { APP_URL, PORTS } from "./ports";

// Two `next start` on one PostgreSQL behind nginx (playwright.instances.config.ts). nginx answers each request
// with X-Upstream (the instance that served it); `X-Test-Instance: a|b` pins a request to one instance, so a
// journey can move from one to the other on purpose. Without the pin, nginx goes round robin.

const A = `127.0.0.1:${PORTS.a}`;
const B = `127.0.0.1:${PORTS.b}`;

/**
 * Records, for each response to the context's pages, the instance that served it and the pin its request
 * carried ("" for none). Read by pin, not by time: a prefetch sent before a pin changed may answer after it.
 */
function servedBy(context: BrowserContext) {
  const seen: Array<{ upstream: string; pin: string; method: string }> = [];
  context.on("response", async (response) => {
    const upstream = response.headers()["x-upstream"];
    const request = response.request();
    const pin = (await request.allHeaders().catch(() => ({}) as Record<string, string>))["x-test-instance"] ?? "";
    if (upstream) seen.push({ upstream, pin, method: request.method() });
  });
  const pinned = (pin: string) => seen.filter((s) => s.pin === pin);
  return {
    upstreams: (pin: string) => new Set(pinned(pin).map((s) => s.upstream)),
    posts: (pin: string) => pinned(pin).filter((s) => s.method === "POST").length,
  };
}

const pin = (context: BrowserContext, instance: "a" | "b" | null) =>
  context.setExtraHTTPHeaders(instance ? { "x-test-instance": instance } : {});

test("a provider signs in on one instance, saves a draft on the other, submits; a moderator approves through round robin", async ({
  browser,
}) => {
  test.slow();
  const word = `Tandem${Date.now()}`;
  const name = `${word} Singers`;
  const providerContext = await browser.newContext();
  const provider = servedBy(providerContext);
  const page: Page = await providerContext.newPage();

  await pin(providerContext, "a");
  await signInByEmail(page, uniqueEmail("instances-provider"), { returnTo: "/provider" });
  expect(provider.upstreams("a")).toEqual(new Set([A]));
  expect(provider.posts("a"), "signing in posted to A").toBeGreaterThanOrEqual(2);

  // The session made on A is good on B: the draft is saved there, step by step.
  await pin(providerContext, "b");
  await addOrganisation(page, `Tandem Arts ${Date.now()}`);
  await fillNewListing(page, name);
  expect(provider.upstreams("b")).toEqual(new Set([B]));
  expect(provider.posts("b"), "the organisation and the draft's steps were saved on B").toBeGreaterThanOrEqual(9);
  expect((await serviceRow(name))?.listing_status).toBe("draft");

  // From here on, round robin: consecutive requests land on both instances.
  await pin(providerContext, null);
  await page.getByRole("button", { name: "Send for review" }).click();
  await expect(page.getByRole("heading", { name: "Listing sent for review" })).toBeVisible();
  await page.goto("/provider");
  await page.goto("/provider");
  expect(provider.upstreams("")).toEqual(new Set([A, B]));

  const moderatorContext = await browser.newContext();
  const moderator = servedBy(moderatorContext);
  const review = await moderatorContext.newPage();
  await signInByEmail(review, uniqueEmail("instances-moderator"), { role: "moderator", returnTo: "/moderate?kind=new_listing" });
  await review.getByRole("link", { name }).click();
  await review.getByLabel("Approve and publish").check();
  await review.getByRole("button", { name: "Confirm decision" }).click();
  await expect(review.getByRole("alert").filter({ hasText: "Approved and published" })).toBeVisible();
  expect(moderator.upstreams("")).toEqual(new Set([A, B]));
  expect((await serviceRow(name))?.listing_status).toBe("published");

  // Both instances show the published listing.
  for (const instance of ["a", "b"] as const) {
    const response = await page.request.get(`${APP_URL}/search?q=${word.toLowerCase()}`, { headers: { "x-test-instance": instance } });
    expect(response.headers()["x-upstream"]).toBe(instance === "a" ? A : B);
    expect(await response.text()).toContain(name);
  }
});

test("the sign-in limit counts requests on both instances: the sixth link for one address in 15 minutes is refused", async ({
  browser,
}) => {
  const email = uniqueEmail("instances-limit");
  const context = await browser.newContext();
  const served = servedBy(context);
  const page = await context.newPage();
  for (let i = 1; i <= 6; i++) {
    await pin(context, i % 2 === 1 ? "a" : "b");
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    if (i <= 5) await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    else await expect(page.getByText(/Too many sign-in links requested/).first()).toBeVisible();
  }
  expect(served.upstreams("a")).toEqual(new Set([A]));
  expect(served.upstreams("b")).toEqual(new Set([B]));
  await expect.poll(() => readCapturedMail(E2E_MAIL_DIR).filter((m) => m.to.includes(email)).length).toBe(5);
  await page.waitForTimeout(500);
  expect(readCapturedMail(E2E_MAIL_DIR).filter((m) => m.to.includes(email))).toHaveLength(5);
});

test("the freshness job run on two hosts at once sends the owner's re-confirm request once", async () => {
  test.slow();
  const listing = await arrangeOwnedPublishedListing({ verifiedMonthsAgo: 7 });
  const outputs = await Promise.all([1, 2].map(() => runFreshnessJob({ smtpPort: PORTS.smtp, appUrl: APP_URL })));
  for (const output of outputs) expect(output).toContain('"job":"freshness"');
  await expect.poll(() => readCapturedMail(E2E_MAIL_DIR).filter((m) => m.to.includes(listing.email)).length).toBe(1);
  // A third run finds nothing left to send for it.
  await runFreshnessJob({ smtpPort: PORTS.smtp, appUrl: APP_URL });
  await new Promise((r) => setTimeout(r, 500));
  const mail = readCapturedMail(E2E_MAIL_DIR).filter((m) => m.to.includes(listing.email));
  expect(mail).toHaveLength(1);
  expect(mail[0]!.text).toContain(listing.name);
});
