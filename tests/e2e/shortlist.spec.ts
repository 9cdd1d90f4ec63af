import { expect, test } from "@playwright/test";
import { E2E_MAIL_DIR, uniqueEmail, withE2eDatabase } from "./support/accounts";
import { waitForMail } from "../support/mail-capture";
import { HALIFAX, HALIFAX_LIBRARY, blockMapTiles, expectNoAxeViolations } from "./support/search-helpers";

test.beforeEach(async ({ page }) => blockMapTiles(page));

async function shortlistTheLibrary(page: import("@playwright/test").Page) {
  await page.goto(`/search?postcode=${encodeURIComponent(HALIFAX)}&radius=1&category=reading-groups-and-library-activities`);
  await page.getByRole("button", { name: `Add to shortlist: ${HALIFAX_LIBRARY}` }).click();
  await expect(page.getByRole("button", { name: `Remove from shortlist: ${HALIFAX_LIBRARY}` })).toBeVisible();
  await page.goto("/shortlist");
}

test("email the shortlist: errors GOV.UK style, then the mail arrives with the activity and a link", async ({ page }) => {
  await shortlistTheLibrary(page);
  await page.getByRole("button", { name: "Email the shortlist" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("Enter an email address");
  await page.getByLabel("Email address").fill("not-an-email");
  await page.getByRole("button", { name: "Email the shortlist" }).click();
  await expect(page.getByRole("link", { name: /correct format/ })).toBeVisible();
  await expect(page.getByLabel("Email address")).toHaveValue("not-an-email");

  const to = uniqueEmail("shortlist");
  await page.getByLabel("Email address").fill(to);
  await page.getByRole("button", { name: "Email the shortlist" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Email sent" })).toContainText(`We sent 1 activity to ${to}`);
  const mail = await waitForMail(E2E_MAIL_DIR, (m) => m.to.includes(to));
  expect(mail.subject).toBe(`Activity to try: ${HALIFAX_LIBRARY}`);
  expect(mail.text).toContain("Square Road");
  expect(mail.text).toMatch(/\/shortlist\?ids=[0-9a-f-]{36}/);
  await expectNoAxeViolations(page);
});

test("a share link opens the same shortlist on another device, which can keep it", async ({ page, browser }) => {
  await shortlistTheLibrary(page);
  const link = await page.getByTestId("share-link").getByRole("link").getAttribute("href");
  expect(link).toMatch(/\/shortlist\?ids=[0-9a-f-]{36}$/);

  const other = await browser.newContext();
  const phone = await other.newPage();
  await phone.goto(new URL(link!).pathname + new URL(link!).search);
  await expect(phone.getByRole("heading", { level: 1, name: "Shared shortlist" })).toBeVisible();
  await expect(phone.getByRole("link", { name: HALIFAX_LIBRARY })).toBeVisible();
  await phone.getByRole("button", { name: "Keep this list on this device" }).click();
  await expect(phone.getByRole("heading", { level: 1, name: "Your shortlist" })).toBeVisible();
  await expect(phone.getByRole("link", { name: HALIFAX_LIBRARY })).toBeVisible();
  await other.close();
});

test("a listing page has no axe violations, and only published listings have one", async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent("Central Library Halifax")}`);
  await page.getByRole("link", { name: HALIFAX_LIBRARY }).click();
  await expect(page.getByRole("heading", { level: 1, name: HALIFAX_LIBRARY })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "About this listing" }).getByText(/^LibrariesHacked public libraries data \(2023 list\)\. Licence:/),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  const draftId = await withE2eDatabase(async (c) => {
    const r = await c.query<{ id: string }>(
      `INSERT INTO service (id, name, listing_status, updated_at) VALUES (gen_random_uuid(), 'E2E draft listing', 'draft', now()) RETURNING id`,
    );
    return r.rows[0]!.id;
  });
  expect((await page.goto(`/services/${draftId}`))?.status()).toBe(404);
  expect((await page.goto("/services/not-a-uuid"))?.status()).toBe(404);
  await page.goto("/search?q=E2E+draft+listing");
  await expect(page.getByRole("link", { name: "E2E draft listing" })).toHaveCount(0);
});

for (const javaScriptEnabled of [true, false]) {
  test(`a full shortlist says so under the button that was pressed (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
    browser,
    baseURL,
  }) => {
    const ids = await withE2eDatabase(async (c) => {
      const r = await c.query<{ id: string }>(
        `SELECT id FROM service WHERE listing_status = 'published' AND name <> $1 ORDER BY id LIMIT 20`,
        [HALIFAX_LIBRARY],
      );
      return r.rows.map((row) => row.id);
    });
    const context = await browser.newContext({ javaScriptEnabled });
    await context.addCookies([{ name: "shortlist", value: ids.join("."), url: baseURL! }]);
    const page = await context.newPage();
    await blockMapTiles(page);
    await page.goto(`/search?postcode=${encodeURIComponent(HALIFAX)}&radius=1&category=reading-groups-and-library-activities`);
    const button = page.getByRole("button", { name: `Add to shortlist: ${HALIFAX_LIBRARY}` });
    await button.click();
    await expect(page.getByRole("alert").filter({ hasText: "Your shortlist is full (20). Remove one first." })).toHaveCount(1);
    await expect(page.getByRole("button", { name: `Add to shortlist: ${HALIFAX_LIBRARY}` })).toHaveAccessibleDescription(
      "Your shortlist is full (20). Remove one first.",
    );
    await context.close();
  });
}
