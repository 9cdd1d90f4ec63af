import { expect, test } from "@playwright/test";
import { signInByEmail, uniqueEmail } from "./support/accounts";
import { expectAxeClean, expectNoSidewaysScroll } from "./support/axe";
import { addOrganisation, fillNewListing } from "./support/provider";

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test("on a 360 px phone, every page of adding a listing fits the screen and passes axe", async ({ page }) => {
  test.setTimeout(150_000);
  await signInByEmail(page, uniqueEmail("phone"), { returnTo: "/provider" });
  await expectNoSidewaysScroll(page);
  await addOrganisation(page, `Phone Group ${Date.now()}`);
  await expectNoSidewaysScroll(page);
  const name = `Phone choir ${Date.now()}`;
  await fillNewListing(page, name, async (step) => {
    await expectNoSidewaysScroll(page);
    if (step === "venues" || step === "when") await expectAxeClean(page, `${step} at 360 px`);
  });
  await expectNoSidewaysScroll(page);
  await expectAxeClean(page, "check page at 360 px");
  await page.getByRole("button", { name: "Send for review" }).click();
  await expect(page.getByRole("heading", { name: "Listing sent for review" })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await page.getByRole("link", { name: "Go to your listings" }).click();
  await expect(page.getByTestId("provider-listing").filter({ hasText: name }).getByText("Waiting for review")).toBeVisible();
  await expectNoSidewaysScroll(page);
});
