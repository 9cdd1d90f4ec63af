import { expect, test, type Page } from "@playwright/test";
import { waitForMail } from "../support/mail-capture";
import { expectAxeClean, expectUniqueIds } from "./support/axe";
import { E2E_MAIL_DIR, signInByEmail, uniqueEmail } from "./support/accounts";
import {
  arrangeClaim,
  arrangePendingEdit,
  arrangePendingNewListing,
  arrangeWantedUnverifiedListing,
  dbRow,
  listingJson,
} from "./support/moderation-fixtures";

async function screenshots(page: Page, name: string) {
  if (!process.env.SCREENSHOTS) return;
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

const signInAsModerator = (page: Page, returnTo = "/moderate") =>
  signInByEmail(page, uniqueEmail("moderator"), { role: "moderator", returnTo });

test.describe("who may moderate", () => {
  test("anonymous visitors are sent to sign in; providers get 403 and no queue data", async ({ page }) => {
    const pending = await arrangePendingNewListing(`Secret Choir ${Date.now()}`);
    for (const path of [
      "/moderate",
      `/moderate/revisions/${pending.revisionId}`,
      `/moderate/listings/${pending.serviceId}`,
      "/moderate/verify",
      `/moderate/verify/${pending.serviceId}`,
    ]) {
      await page.goto(path);
      await expect(page).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=${encodeURIComponent(path).replace(/\//g, "%2F")}`));
    }
    await signInByEmail(page, uniqueEmail("provider"), { returnTo: "/" });
    for (const path of [
      "/moderate",
      `/moderate/revisions/${pending.revisionId}`,
      `/moderate/listings/${pending.serviceId}`,
      `/moderate/verify/${pending.serviceId}`,
    ]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
      await expect(page.getByText("Secret Choir")).toHaveCount(0);
    }
    await expect(page.getByTestId("queue-count")).toHaveCount(0);
  });
});

test.describe("reviewing a new listing", () => {
  test("a moderator finds it in the queue, reads the diff and approves it: it is published and the provider is told", async ({ page }) => {
    test.slow(); // sign-ins by email, axe scans (and a job run): longer than the default 30 s on a busy machine
    const name = `Halifax Harmony ${Date.now()}`;
    const pending = await arrangePendingNewListing(name, 400);
    await signInAsModerator(page);

    await expect(page.getByRole("heading", { name: "Moderation queue" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }).getByTestId("queue-count")).toHaveText(/\d+ waiting/);
    await page.getByLabel("Kind", { exact: true }).selectOption("new_listing");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/kind=new_listing/);
    await expectAxeClean(page);
    await screenshots(page, "queue");
    await page.getByRole("link", { name }).click();

    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    const diff = page.getByRole("table", { name: "Every field of the new listing" });
    await expect(diff.getByRole("row", { name: /^Name/ })).toContainText(name);
    await expect(diff.getByRole("row", { name: /^Venue: Square Chapel/ })).toContainText("10 Square Road, Halifax HX1 1QG");
    await expect(diff.getByRole("row", { name: /^Session/ })).toContainText("Every Tuesday, 7pm to 9pm at Square Chapel");
    await expect(page.getByRole("region", { name: "Categories" })).toBeVisible();
    await expectAxeClean(page);
    await expectUniqueIds(page);
    await screenshots(page, "revision");

    await page.getByLabel("Approve and publish").check();
    await page.getByRole("button", { name: "Confirm decision" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Approved and published" })).toBeVisible();

    const service = await dbRow<{ listing_status: string; version: number; verified_at: Date | null }>(
      "SELECT listing_status, version, verified_at FROM service WHERE id = $1",
      [pending.serviceId],
    );
    expect(service).toMatchObject({ listing_status: "published", version: 2 });
    expect(service!.verified_at).not.toBeNull();
    expect(
      await dbRow(
        "SELECT count(*)::int AS n FROM location l JOIN service_at_location sal ON sal.location_id = l.id WHERE sal.service_id = $1 AND l.place_code = 'E08000033'",
        [pending.serviceId],
      ),
    ).toEqual({ n: 1 });
    const mail = await waitForMail(E2E_MAIL_DIR, (m) => m.to.includes(pending.email));
    expect(mail.subject).toBe(`Your listing “${name}” is now live`);
  });

  test("asking for changes needs a message; the decision and the email carry it", async ({ page }) => {
    const name = `Brighouse Brushes ${Date.now()}`;
    const pending = await arrangePendingNewListing(name);
    await signInAsModerator(page, `/moderate/revisions/${pending.revisionId}`);

    await page.getByLabel("Ask the provider to change something").check();
    await page.getByRole("button", { name: "Confirm decision" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(summary.getByRole("link", { name: "Say what the provider needs to change" })).toHaveAttribute("href", "#message");
    await expect(page.getByLabel("Ask the provider to change something")).toBeChecked();
    await expectAxeClean(page);

    await page.getByLabel("Message to the provider").fill("Please add which room the group meets in.");
    await page.getByRole("button", { name: "Confirm decision" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Sent back to the provider" })).toBeVisible();

    expect(
      await dbRow(
        "SELECT r.status::text, d.action, d.reason FROM revision r JOIN moderation_decision d ON d.revision_id = r.id WHERE r.id = $1",
        [pending.revisionId],
      ),
    ).toEqual({
      status: "changes_requested",
      action: "request_changes",
      reason: "Please add which room the group meets in.",
    });
    const mail = await waitForMail(E2E_MAIL_DIR, (m) => m.to.includes(pending.email));
    expect(mail.subject).toBe(`Changes needed to “${name}”`);
    expect(mail.text).toContain("Please add which room the group meets in.");
  });

  test("a second moderator acting on an old page is told someone else already decided", async ({ browser }) => {
    test.slow(); // sign-ins by email, axe scans (and a job run): longer than the default 30 s on a busy machine
    const pending = await arrangePendingNewListing(`Todmorden Tunes ${Date.now()}`);
    const first = await browser.newPage();
    const second = await browser.newPage();
    await signInAsModerator(first, `/moderate/revisions/${pending.revisionId}`);
    await signInAsModerator(second, `/moderate/revisions/${pending.revisionId}`);
    await first.getByLabel("Approve and publish").check();
    await first.getByRole("button", { name: "Confirm decision" }).click();
    await expect(first.getByRole("alert").filter({ hasText: "Approved and published" })).toBeVisible();

    await second.getByLabel("Reject").check();
    await second.getByLabel("Message to the provider").fill("Not a creative activity.");
    await second.getByRole("button", { name: "Confirm decision" }).click();
    const problem = second.getByRole("alert").filter({ hasText: "This was not done" });
    await expect(problem).toContainText(/Another moderator \(.+\) approved it at .+\. Nothing was changed\./);
    await expect(second.getByLabel("Message to the provider")).toHaveValue("Not a creative activity.");
    expect(await dbRow("SELECT listing_status::text FROM service WHERE id = $1", [pending.serviceId])).toEqual({
      listing_status: "published",
    });
  });
});

test.describe("reviewing a change to a live listing", () => {
  test("the diff says what changed, field by field, in words; approving publishes the new version", async ({ page }) => {
    test.slow(); // sign-ins by email, axe scans (and a job run): longer than the default 30 s on a busy machine
    const name = `Elland Embroiderers ${Date.now()}`;
    const pending = await arrangePendingNewListing(name);
    await signInAsModerator(page, `/moderate/revisions/${pending.revisionId}`);
    await page.getByLabel("Approve and publish").check();
    await page.getByRole("button", { name: "Confirm decision" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Approved and published" })).toBeVisible();

    const edited = listingJson(name, {
      description: "A friendly group for anyone who likes to stitch. No experience needed; materials provided.",
      categories: ["singing-and-choirs", "crafts-and-making"],
      sessions: [
        { kind: "weekly", byDay: "TU", opensAt: "19:00", closesAt: "21:00" },
        { kind: "weekly", byDay: "TH", opensAt: "10:00", closesAt: "12:00" },
      ],
      isFree: false,
      fees: "£2 a session",
    });
    const revisionId = await arrangePendingEdit({
      serviceId: pending.serviceId,
      organisationId: pending.organisationId,
      userId: pending.userId,
      listing: edited,
    });
    await page.goto(`/moderate/revisions/${revisionId}`);
    const diff = page.getByRole("table", { name: "Differences from the live listing" });
    await expect(diff.getByRole("row", { name: /^Description/ })).toContainText("Changed");
    await expect(diff.getByRole("row", { name: /^Categories/ })).toContainText("Added: Crafts and making.");
    await expect(diff.getByRole("row", { name: /^Session/ })).toHaveText([/Every Thursday, 10am to 12pm.*Added/]);
    await expect(diff.getByRole("row", { name: /^Cost details/ })).toContainText("£2 a session");
    await expect(diff.getByRole("row", { name: /^Name/ })).toHaveCount(0);
    await expectAxeClean(page);
    await screenshots(page, "revision-edit");

    await page.getByLabel("Approve and publish").check();
    await page.getByRole("button", { name: "Confirm decision" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Approved and published" })).toBeVisible();
    expect(await dbRow("SELECT version, is_free, fees FROM service WHERE id = $1", [pending.serviceId])).toEqual({
      version: 3,
      is_free: false,
      fees: "£2 a session",
    });
  });
});

test.describe("claims", () => {
  test("a moderator approves a claim: the claimant's organisation manages the listing and they get a confirm link", async ({ page }) => {
    const claim = await arrangeClaim("I am the secretary of this group and run its sessions.");
    await signInAsModerator(page, `/moderate/claims/${claim.claimId}`);
    await expect(page.getByRole("heading", { level: 1, name: claim.name })).toBeVisible();
    await expect(page.getByText("I am the secretary of this group")).toBeVisible();
    await expectAxeClean(page);
    await page.getByLabel("Approve: they manage this listing").check();
    await page.getByRole("button", { name: "Confirm decision" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Claim approved" })).toBeVisible();
    expect(await dbRow("SELECT organisation_id FROM service WHERE id = $1", [claim.serviceId])).toEqual({
      organisation_id: claim.organisationId,
    });
    const mail = await waitForMail(E2E_MAIL_DIR, (m) => m.to.includes(claim.email));
    expect(mail.text).toMatch(new RegExp(`/services/${claim.serviceId}/confirm\\?token=`));
  });
});

test.describe("verifying imported listings one at a time", () => {
  const WAKEFIELD = "E08000036";

  test("a fresh directory's queue is full, most wanted first; a moderator checks one, marks it verified, and it leaves", async ({
    page,
  }) => {
    test.slow(); // sign-in by email and axe scans of three pages
    const wanted = await arrangeWantedUnverifiedListing(WAKEFIELD);
    await signInAsModerator(page, `/moderate/verify?place=${WAKEFIELD}`);
    await expect(page.getByRole("heading", { level: 1, name: "Verify imported listings" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: /waiting, showing the 25 most wanted/ })).toBeVisible();
    await expect(page.locator(`input[name="items"]`).first()).toHaveAttribute("value", new RegExp(`^${wanted.id}:`));
    await expectAxeClean(page);
    await screenshots(page, "verify-queue");

    await page.getByRole("link", { name: "Check the first listing" }).click();
    await expect(page).toHaveURL(new RegExp(`/moderate/verify/${wanted.id}\\?place=${WAKEFIELD}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(wanted.name);
    for (const name of ["Where it is and how to reach it", "Facts to confirm", "Record the check"])
      await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
    for (const fact of ["Days and times", "Cost", "How to join", "Accessibility"])
      await expect(page.getByText(fact, { exact: true })).toBeVisible();
    await expectAxeClean(page);
    await expectUniqueIds(page);
    await screenshots(page, "verify-check");

    // Closed needs a note saying how the moderator knows.
    await page.getByRole("radio", { name: "Closed" }).check();
    await page.getByRole("button", { name: "Save and go to the next listing" }).click();
    await expect(page.getByRole("link", { name: /Say how you know it has closed/ })).toBeVisible();
    await expectAxeClean(page);

    await page.getByRole("radio", { name: "Verified" }).check();
    await page.getByRole("button", { name: "Save and go to the next listing" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Listing verified." })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/moderate/verify/(?!${wanted.id})[0-9a-f-]{36}\\?done=verified&place=${WAKEFIELD}$`));
    expect(
      await dbRow("SELECT verified_at IS NOT NULL AS verified, verified_by_id IS NOT NULL AS by_moderator FROM service WHERE id = $1", [
        wanted.id,
      ]),
    ).toEqual({ verified: true, by_moderator: true });
    expect(
      await dbRow("SELECT count(*)::int AS n FROM moderation_decision WHERE service_id = $1 AND action = 'verify'", [wanted.id]),
    ).toEqual({
      n: 1,
    });

    await page.goto(`/moderate/verify?place=${WAKEFIELD}`);
    await expect(page.locator(`input[name="items"][value^="${wanted.id}:"]`)).toHaveCount(0);
  });
});
