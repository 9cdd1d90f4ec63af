import { expect, test } from "@playwright/test";
import { signInByEmail, uniqueEmail, withE2eDatabase } from "./support/accounts";
import { expectAxeClean } from "./support/axe";
import { unclaimedListing } from "./support/provider";

test.describe("claiming an imported listing", () => {
  test("someone not signed in is asked to sign in, adds their organisation, and sends a claim that waits for a moderator", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const listing = await unclaimedListing();
    const email = uniqueEmail("claimant");
    await page.goto(`/provider/claim/${listing.id}`);
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fprovider%2Fclaim%2F/);
    await signInByEmail(page, email, { returnTo: `/provider/claim/${listing.id}` });

    await expect(page.getByRole("heading", { name: "Is this your organisation? Claim it" })).toBeVisible();
    await expect(page.getByText(listing.name).first()).toBeVisible();
    await expectAxeClean(page, "claim page without an organisation");
    await page.getByRole("link", { name: "Add your organisation" }).click();
    await page.getByLabel("Name of your organisation or group").fill(`Friends of ${listing.name}`);
    await page.getByRole("button", { name: "Save and continue" }).click();

    await expect(page).toHaveURL(new RegExp(`/provider/claim/${listing.id}$`));
    await page.getByRole("button", { name: "Send claim" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Tell us how you are connected");
    await expectAxeClean(page, "claim page with an error");
    await page.getByLabel("How are you connected to it?").fill("I chair the friends group and keep the garden open on Sundays.");
    await page.getByRole("button", { name: "Send claim" }).click();

    await expect(page.getByText("Your claim has been sent")).toBeVisible();
    const claim = page.getByTestId("provider-claim").filter({ hasText: listing.name });
    await expect(claim.getByText("Waiting for review")).toBeVisible();
    const rows = await withE2eDatabase((c) =>
      c.query(
        `SELECT c.status, c.message FROM claim_request c JOIN "user" u ON u.id = c.user_id WHERE u.email = $1 AND c.service_id = $2`,
        [email, listing.id],
      ),
    );
    expect(rows.rows).toEqual([{ status: "pending", message: "I chair the friends group and keep the garden open on Sundays." }]);
    const owner = await withE2eDatabase((c) => c.query(`SELECT organisation_id FROM service WHERE id = $1`, [listing.id]));
    expect(owner.rows[0].organisation_id).toBeNull();

    await page.goto(`/provider/claim/${listing.id}`);
    await expect(page.getByText("You have already asked to manage this listing")).toBeVisible();
  });

  test("a listing that is not published cannot be claimed", async ({ page }) => {
    await signInByEmail(page, uniqueEmail("claimant"), { returnTo: "/provider" });
    const response = await page.goto("/provider/claim/00000000-0000-4000-8000-000000000000");
    expect(response?.status()).toBe(404);
    expect((await page.goto("/provider/claim/not-a-uuid"))?.status()).toBe(404);
  });
});
