import { expect, test, type Page } from "@playwright/test";
import { waitForMail } from "../support/mail-capture";
import { expectAxeClean } from "./support/axe";
import { E2E_MAIL_DIR, signInByEmail, uniqueEmail } from "./support/accounts";
import { arrangeOwnedPublishedListing, dbRow, runFreshnessJob } from "./support/moderation-fixtures";

async function screenshots(page: Page, name: string) {
  if (!process.env.SCREENSHOTS) return;
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test.describe("public reports", () => {
  test("anyone reports a closed group; it reaches the owner and the queue; a moderator archives the listing", async ({ page, browser }) => {
    test.slow(); // sign-ins by email, axe scans (and a job run): longer than the default 30 s on a busy machine
    const listing = await arrangeOwnedPublishedListing({ place: "E08000036" });
    await page.goto(`/services/${listing.serviceId}/report`);
    await expect(page.getByRole("heading", { name: "Report a problem or suggest an edit" })).toBeVisible();
    await expectAxeClean(page);

    // Bad input is explained next to each field and nothing typed is lost.
    await page.getByLabel("Tell us what is wrong or what has changed").fill("Closed");
    await page.getByLabel("Your email address (optional)").fill("not-an-email");
    await page.getByRole("button", { name: "Send report" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(summary.getByRole("link")).toHaveText([
      "Choose what the problem is",
      "Tell us what is wrong or what has changed (at least 10 characters)",
      "Enter an email address like name@example.com, or leave it empty",
    ]);
    await expect(page.getByLabel("Your email address (optional)")).toHaveValue("not-an-email");
    await expectAxeClean(page);
    await screenshots(page, "report-errors");

    await page.getByLabel("It has closed or stopped running").check();
    await page
      .getByLabel("Tell us what is wrong or what has changed")
      .fill("The group stopped meeting at Christmas; the hall is now a nursery.");
    await page.getByLabel("Your email address (optional)").fill("");
    await page.getByRole("button", { name: "Send report" }).click();
    await expect(page.getByRole("heading", { name: "Thank you" })).toBeVisible();
    const owner = await waitForMail(E2E_MAIL_DIR, (m) => m.to.includes(listing.email));
    expect(owner.text).toContain("the hall is now a nursery");

    const moderator = await (await browser.newContext()).newPage();
    await signInByEmail(moderator, uniqueEmail("moderator"), { role: "moderator", returnTo: "/moderate?kind=report&place=E08000036" });
    await moderator.getByRole("link", { name: listing.name }).first().click();
    await expect(moderator.getByText("the hall is now a nursery")).toBeVisible();
    await expectAxeClean(moderator);
    await moderator.getByLabel("Archive the listing").check();
    await moderator.getByRole("button", { name: "Confirm" }).click();
    await expect(moderator.getByRole("link", { name: "Say why the listing is being archived (its owners read this)" })).toBeVisible();
    await moderator.getByLabel("Note").fill("Closed at Christmas, confirmed by the venue.");
    await moderator.getByRole("button", { name: "Confirm" }).click();
    await expect(moderator.getByRole("alert").filter({ hasText: "Listing archived" })).toBeVisible();

    expect(await dbRow("SELECT listing_status::text FROM service WHERE id = $1", [listing.serviceId])).toEqual({
      listing_status: "archived",
    });
    expect(await dbRow("SELECT status::text FROM report WHERE service_id = $1", [listing.serviceId])).toEqual({ status: "resolved" });
    expect((await page.goto(`/services/${listing.serviceId}/report`))?.status()).toBe(404);
  });
});

test.describe("freshness", () => {
  test.describe.configure({ mode: "serial" });

  test("the job marks a listing unconfirmed for 12 months stale; it is in the queue, and the owner's link brings it back", async ({
    page,
    browser,
  }) => {
    test.slow(); // sign-ins by email, axe scans (and a job run): longer than the default 30 s on a busy machine
    const listing = await arrangeOwnedPublishedListing({ verifiedMonthsAgo: 13, place: "E08000032" });
    const output = await runFreshnessJob();
    expect(output).toContain('"job":"freshness"');
    expect(await dbRow("SELECT stale_since IS NOT NULL AS stale FROM service WHERE id = $1", [listing.serviceId])).toEqual({ stale: true });

    const moderator = await (await browser.newContext()).newPage();
    await signInByEmail(moderator, uniqueEmail("moderator"), { role: "moderator", returnTo: "/moderate?kind=stale&place=E08000032" });
    await expect(moderator.getByRole("link", { name: listing.name })).toBeVisible();
    await moderator.getByRole("link", { name: listing.name }).first().click();
    await expect(moderator.getByText(/Out of date since/)).toBeVisible();
    await expect(moderator.getByRole("heading", { name: "History" })).toBeVisible();
    await expect(moderator.getByText("Marked as out of date (12 months without a check)")).toBeVisible();
    await expectAxeClean(moderator);
    await screenshots(moderator, "listing");

    // The owner's email: opening the link (as a mail scanner would) changes nothing; the button confirms.
    const mail = await waitForMail(E2E_MAIL_DIR, (m) => m.to.includes(listing.email) && m.subject.includes("out of date"));
    const link = mail.text.match(/http:\/\/\S+\/confirm\?token=\S+/)![0];
    await page.goto(link);
    await expect(page.getByRole("heading", { name: "Is this listing still correct?" })).toBeVisible();
    await expectAxeClean(page);
    await screenshots(page, "confirm");
    expect(await dbRow("SELECT stale_since IS NOT NULL AS stale FROM service WHERE id = $1", [listing.serviceId])).toEqual({ stale: true });
    await page.getByRole("button", { name: "Yes, it is still correct" }).click();
    await expect(page.getByRole("heading", { name: "Thank you" })).toBeVisible();
    expect(
      await dbRow("SELECT stale_since IS NULL AS fresh, verified_at > now() - interval '1 hour' AS verified FROM service WHERE id = $1", [
        listing.serviceId,
      ]),
    ).toEqual({ fresh: true, verified: true });

    await page.goto(`${link.replace(/token=\S+/, "token=forged.token")}`);
    await expect(page.getByRole("heading", { name: "This link is not valid" })).toBeVisible();
  });

  test("imported listings wait to be verified from day one and are verified in a batch", async ({ page }) => {
    test.slow(); // sign-ins by email, axe scans: longer than the default 30 s on a busy machine
    // Bradford: the one-at-a-time check in moderation.spec.ts works in Wakefield.
    await signInByEmail(page, uniqueEmail("moderator"), { role: "moderator", returnTo: "/moderate/verify?place=E08000032" });
    await expect(page.getByRole("heading", { name: "Verify imported listings" })).toBeVisible();
    await page.getByRole("button", { name: "Mark ticked as verified" }).click();
    await expect(page.getByRole("link", { name: "Tick at least one listing" })).toBeVisible();
    await expectAxeClean(page);
    await screenshots(page, "verify");

    const boxes = page.getByRole("checkbox");
    const ids = await Promise.all([0, 1].map(async (i) => (await boxes.nth(i).getAttribute("value"))!.split(":")[0]!));
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.getByRole("button", { name: "Mark ticked as verified" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "The ticked listings are verified" })).toBeVisible();
    for (const id of ids) {
      expect(
        await dbRow("SELECT verified_at IS NOT NULL AS verified, verified_by_id IS NOT NULL AS by_moderator FROM service WHERE id = $1", [
          id,
        ]),
      ).toEqual({ verified: true, by_moderator: true });
    }
  });
});
