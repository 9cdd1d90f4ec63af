import { expect, test } from "@playwright/test";
import { HALIFAX, HALIFAX_LIBRARY } from "./support/search-helpers";

// Search, pages, filters and the shortlist with JavaScript switched off: plain forms and links.
test.use({ javaScriptEnabled: false });

test("search by postcode, page through and filter without JavaScript", async ({ page }) => {
  await page.goto("/search");
  await page.getByRole("textbox", { name: "Postcode" }).fill(HALIFAX);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\/search\?postcode=HX1\+1AA&radius=5$/);
  await expect(page.getByRole("heading", { level: 2, name: /activities found within 5 km of HX1 1AA/ })).toBeVisible();
  await expect(page.locator("#results-list > li")).toHaveCount(20);
  expect(await page.content()).toContain("The map needs JavaScript. Every result is in the list.");
  await expect(page.locator(".leaflet-container")).toHaveCount(0);

  await page.getByRole("navigation", { name: "Results pages" }).getByRole("link", { name: "Page 2" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText(/Showing 21 to 40/)).toBeVisible();

  await page.locator("summary", { hasText: "Type of activity" }).click();
  await page.getByLabel("Museums, galleries and heritage").check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/category=museums-galleries-and-heritage/);
  await expect(page).not.toHaveURL(/page=/);
  await expect(page.locator("#results-list > li").first()).toContainText("Museums, galleries and heritage");
});

test("a wrong postcode is explained next to the field, and what was typed is kept", async ({ page }) => {
  await page.goto("/search");
  await page.getByRole("textbox", { name: "Postcode" }).fill("ZZ99 9ZZ");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("We could not find ZZ99 9ZZ in West Yorkshire");
  await expect(page.getByRole("textbox", { name: "Postcode" })).toHaveValue("ZZ99 9ZZ");
  await expect(page.getByRole("heading", { level: 2, name: "Check the postcode to see results" })).toBeVisible();
});

test("add to and remove from the shortlist without JavaScript", async ({ page }) => {
  await page.goto(`/search?postcode=${encodeURIComponent(HALIFAX)}&radius=1&category=reading-groups-and-library-activities`);
  await page.getByRole("button", { name: `Add to shortlist: ${HALIFAX_LIBRARY}` }).click();
  await expect(page.getByRole("button", { name: `Remove from shortlist: ${HALIFAX_LIBRARY}` })).toBeVisible();
  await expect(page.getByText("Your shortlist: 1 activity.")).toBeVisible();
  await page.goto("/shortlist");
  await expect(page.getByRole("link", { name: HALIFAX_LIBRARY })).toBeVisible();
  await page.getByRole("button", { name: `Remove from shortlist: ${HALIFAX_LIBRARY}` }).click();
  await expect(page.getByText("There is nothing on this shortlist yet.")).toBeVisible();
});
