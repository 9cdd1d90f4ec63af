import { expect, test } from "@playwright/test";
import { signInByEmail, uniqueEmail, withE2eDatabase } from "./support/accounts";
import { expectAxeClean } from "./support/axe";
import { addOrganisation, giveImportedListingTo, serviceRow } from "./support/provider";

test.describe("a provider changes a live listing", () => {
  test("edits send a revision for review while the live listing stays exactly as it was; withdrawing keeps the changes as a draft", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const email = uniqueEmail("editor");
    await signInByEmail(page, email, { returnTo: "/provider" });
    await addOrganisation(page, `Museum Friends ${Date.now()}`);
    const live = await giveImportedListingTo(email);
    const publishedListings = await withE2eDatabase(
      async (c) => (await c.query(`SELECT count(*)::int AS n FROM service WHERE listing_status = 'published'`)).rows[0].n,
    );

    await page.goto("/provider");
    const item = page.getByTestId("provider-listing").filter({ hasText: live.name });
    await expect(item.getByText("Live", { exact: true })).toBeVisible();
    await item.getByRole("button", { name: `Edit ${live.name}` }).click();

    // Imported listings have gaps; the check page says what is needed, with links to each question.
    await expect(page.getByRole("heading", { name: "Check your listing before sending it" })).toBeVisible();
    await expect(page.getByText(`Changing ${live.name}`)).toBeVisible();
    await expectAxeClean(page, "check page of an edit");
    await page.getByRole("link", { name: "Say whether it is free" }).click();
    await expect(page.getByRole("heading", { name: "How much does it cost?" })).toBeVisible();
    await page.getByLabel("Yes, it is free").check();
    await page.getByRole("button", { name: "Save and go back" }).click();
    await page.getByRole("link", { name: "Choose how people can join" }).click();
    await page.getByLabel("Drop in").check();
    await page.getByRole("button", { name: "Save and go back" }).click();

    await expect(page.getByText("Some answers need your attention")).toHaveCount(0);
    await page.getByRole("button", { name: "Send changes for review" }).click();
    await expect(page.getByRole("heading", { name: "Changes sent for review" })).toBeVisible();
    await expect(page.getByText("the live listing stays exactly as it was")).toBeVisible();

    await page.goto("/provider");
    await expect(item.getByText("Live, with changes waiting for review")).toBeVisible();

    // The public side is untouched: same row, same version, still published, and the directory's count is the same.
    const after = await serviceRow(live.name);
    expect(after).toMatchObject({ id: live.id, listing_status: "published", version: live.version, updated_at: live.updated_at });
    const revisions = await withE2eDatabase((c) =>
      c.query(`SELECT status, base_version, data FROM revision WHERE service_id = $1`, [live.id]),
    );
    expect(revisions.rows).toEqual([expect.objectContaining({ status: "pending", base_version: live.version })]);
    expect(revisions.rows[0].data).toMatchObject({ isFree: true, accessTypes: ["drop_in"] });
    expect(
      await withE2eDatabase(
        async (c) => (await c.query(`SELECT count(*)::int AS n FROM service WHERE listing_status = 'published'`)).rows[0].n,
      ),
    ).toBe(publishedListings);

    await page.getByRole("link", { name: `See what you sent ${live.name}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Waiting for review" })).toBeVisible();
    await page.getByRole("link", { name: "withdraw it from review" }).click();
    await expectAxeClean(page, "withdraw page");
    await page.getByRole("button", { name: "Yes, withdraw from review" }).click();
    await expect(page.getByText("Withdrawn from review")).toBeVisible();
    await expect(item.getByText("Live, with changes not sent yet")).toBeVisible();
    await item.getByRole("link", { name: /Continue your changes/ }).click();
    await expect(page.getByText("Drop in", { exact: true })).toBeVisible();
  });

  test("another provider cannot open someone else's draft or live listing", async ({ page }) => {
    const owner = uniqueEmail("owner");
    await signInByEmail(page, owner, { returnTo: "/provider" });
    await addOrganisation(page, `Owners ${Date.now()}`);
    const live = await giveImportedListingTo(owner);
    await page.goto("/provider");
    await page.getByRole("button", { name: `Edit ${live.name}` }).click();
    await expect(page.getByRole("heading", { name: "Check your listing before sending it" })).toBeVisible();

    await page.context().clearCookies();
    await signInByEmail(page, uniqueEmail("intruder"), { returnTo: "/provider" });
    for (const path of ["check", "what", "withdraw", "discard"]) {
      const response = await page.goto(`/provider/listings/${live.id}/${path}`);
      expect(response?.status(), path).toBe(404);
    }
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });
});
