import { expect, test } from "@playwright/test";
import { expectAxeClean, expectUniqueIds } from "./support/axe";
import { signInByEmail, uniqueEmail } from "./support/accounts";
import { arrangePendingImportChange, dbRow } from "./support/moderation-fixtures";

test.describe("reviewing what a feed import queued", () => {
  test("only moderators see it: a visitor is sent to sign in, a provider gets 403 and none of it", async ({ page }) => {
    const name = `Secret Feed Choir ${Date.now()}`;
    const item = await arrangePendingImportChange(`${name} (old)`, name);
    const path = `/moderate/imports/${item.importRecordId}`;
    await page.goto(path);
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
    await signInByEmail(page, uniqueEmail("provider"), { returnTo: "/" });
    expect((await page.goto(path))?.status()).toBe(403);
    await expect(page.getByText(name)).toHaveCount(0);
  });

  test("a moderator filters the queue to feed imports, reads the change and approves it onto the live listing", async ({ page }) => {
    test.slow(); // sign-in by email and axe scans on a busy machine
    const stamp = Date.now();
    const before = `Calder Valley Singers ${stamp}`;
    const after = `Calder Valley Community Singers ${stamp}`;
    const item = await arrangePendingImportChange(before, after);
    await signInByEmail(page, uniqueEmail("moderator"), { role: "moderator", returnTo: "/moderate" });

    await page.getByLabel("Kind", { exact: true }).selectOption("import");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/kind=import/);
    const entry = page.getByRole("listitem").filter({ hasText: after });
    await expect(entry).toContainText("From a feed");
    await expect(entry).toContainText(`from ${item.feed}`);
    await expectAxeClean(page);
    await page.getByRole("link", { name: after }).click();

    await expect(page.getByRole("heading", { level: 1, name: after })).toBeVisible();
    await expect(page.getByText(item.feed, { exact: true })).toBeVisible();
    await expect(page.getByText(item.sourceId, { exact: true })).toBeVisible();
    const diff = page.getByRole("table", { name: "Differences from what we last imported" });
    await expect(diff.getByRole("row", { name: /^Name/ })).toContainText(before);
    await expect(diff.getByRole("row", { name: /^Name/ })).toContainText(after);
    await expect(diff.getByRole("row", { name: /^Phones/ })).toContainText("Added: 01422 222222. Removed: 01422 000000.");
    await expect(page.getByRole("table", { name: "The feed’s terms" }).getByRole("row", { name: /^Choirs/ })).toBeVisible();
    await expectAxeClean(page);
    await expectUniqueIds(page);

    await page.getByLabel("Approve the change").check();
    await page.getByRole("button", { name: "Confirm decision" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Approved: the listing now shows what the feed says." })).toBeVisible();
    await expect(page.getByRole("link", { name: after })).toHaveCount(0);

    expect(await dbRow("SELECT name, listing_status::text AS status FROM service WHERE id = $1", [item.serviceId])).toEqual({
      name: after,
      status: "published",
    });
    expect(
      await dbRow("SELECT pending IS NULL AS cleared, applied->>'name' AS applied FROM import_record WHERE id = $1", [item.importRecordId]),
    ).toEqual({ cleared: true, applied: after });
  });
});
