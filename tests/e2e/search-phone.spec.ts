import { expect, test, type Page } from "@playwright/test";
import { HALIFAX, expectNoAxeViolations } from "./support/search-helpers";

// A link worker on a phone: after a search the page lands on the results, and the form waits behind "Change search".
const PHONE = { width: 360, height: 740 };

async function postcodeSearch(page: Page) {
  await page.goto("/search");
  await page.getByRole("textbox", { name: "Postcode" }).fill(HALIFAX);
  await page.getByLabel("Distance from the postcode").selectOption("2");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\/search\?postcode=HX1\+1AA&radius=2$/);
}

const topOf = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())?.y ?? Number.POSITIVE_INFINITY;

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ viewport: PHONE, javaScriptEnabled });

    test("a postcode search lands on the results, and Change search opens the form with the values kept", async ({ page }) => {
      await postcodeSearch(page);
      const headingY = await topOf(page, "#results-heading");
      const firstResultY = await topOf(page, "#results-list > li");
      console.log(
        `phone 360×740 (JS ${javaScriptEnabled ? "on" : "off"}): results heading at y=${headingY}, first result at y=${firstResultY}`,
      );
      expect(headingY).toBeLessThan(PHONE.height);
      expect(firstResultY).toBeLessThan(PHONE.height);
      await expect(page.getByRole("textbox", { name: "Postcode" })).toBeHidden();
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      await page.locator("summary", { hasText: "Change search" }).click();
      await expect(page.getByRole("textbox", { name: "Postcode" })).toHaveValue("HX1 1AA");
      await expect(page.getByLabel("Distance from the postcode")).toHaveValue("2");
      console.log(
        `phone 360×740 (JS ${javaScriptEnabled ? "on" : "off"}): with the form open the first result is at y=${await topOf(page, "#results-list > li")}`,
      );

      await page.getByRole("textbox", { name: "What are you looking for?" }).fill("library");
      await page.getByRole("button", { name: "Search", exact: true }).click();
      await expect(page).toHaveURL(/q=library/);
      await expect(page).toHaveURL(/postcode=HX1\+1AA/);
      await expect(page.getByRole("textbox", { name: "Postcode" })).toBeHidden();
    });
  });
}
