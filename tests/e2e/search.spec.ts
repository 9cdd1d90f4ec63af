import { expect, test } from "@playwright/test";
import { withE2eDatabase } from "./support/accounts";
import { HALIFAX, HALIFAX_LIBRARY, blockMapTiles, expectNoAxeViolations } from "./support/search-helpers";

test.beforeEach(async ({ page }) => blockMapTiles(page));

test("a link worker: postcode search → filter → listing → shortlist → print view", async ({ page }) => {
  await page.goto("/search");
  await page.getByRole("textbox", { name: "Postcode" }).fill(HALIFAX.toLowerCase());
  await page.getByLabel("Distance from the postcode").selectOption("2");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\/search\?postcode=HX1\+1AA&radius=2$/);
  await expect(page.getByRole("heading", { level: 2, name: /activities found within 2 km of HX1 1AA/ })).toBeVisible();
  const first = page.locator("#results-list > li").first();
  await expect(first).toContainText(/\d+ m/);

  await page.locator("summary", { hasText: "Type of activity" }).click();
  await page.getByLabel("Reading groups and library activities").check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/category=reading-groups-and-library-activities/);
  await expect(page.getByRole("link", { name: "Remove filter: Reading groups and library activities" })).toBeVisible();
  await expect(page.locator("#results-list > li")).not.toHaveCount(0);
  for (const item of await page.locator("#results-list > li").all())
    await expect(item).toContainText("Reading groups and library activities");

  await page.getByRole("link", { name: HALIFAX_LIBRARY }).click();
  await expect(page.getByRole("heading", { level: 1, name: HALIFAX_LIBRARY })).toBeVisible();
  await expect(page.getByText("Not yet verified")).toBeVisible();
  await expect(page.getByRole("link", { name: "Suggest an edit or report a problem" })).toHaveAttribute(
    "href",
    /\/services\/[0-9a-f-]{36}\/report$/,
  );
  await expect(page.getByRole("link", { name: "Is this your organisation? Claim it" })).toHaveAttribute(
    "href",
    /\/provider\/claim\/[0-9a-f-]{36}$/,
  );
  await page.getByRole("button", { name: `Add to shortlist: ${HALIFAX_LIBRARY}` }).click();
  await expect(page.getByRole("button", { name: `Remove from shortlist: ${HALIFAX_LIBRARY}` })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Your shortlist: 1 activity" })).toBeVisible();

  await page.getByRole("link", { name: "View, print, share or email your shortlist" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your shortlist" })).toBeVisible();
  await expect(page.getByRole("link", { name: HALIFAX_LIBRARY })).toBeVisible();
  await page.getByRole("link", { name: "Print the shortlist" }).click();
  await expect(page).toHaveURL(/\/shortlist\/print\?ids=[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: "Activities to try" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: `1. ${HALIFAX_LIBRARY}` })).toBeVisible();
  await expect(page.getByText("Square Road")).toBeVisible();
  await expect(page.locator(".leaflet-container")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("the map follows the list: focusing a result highlights its marker, a marker shows its result", async ({ page }) => {
  await page.goto(`/search?postcode=${encodeURIComponent(HALIFAX)}&radius=2`);
  const map = page.getByTestId("results-map");
  await expect(map.locator(".map-pin--numbered")).toHaveCount(20);
  await page.locator("#results-list > li").nth(2).getByRole("link").first().focus();
  await expect(map.locator(".map-pin--numbered.is-highlighted")).toHaveText("3");
  await map.locator(".map-pin--numbered", { hasText: /^1$/ }).click({ force: true });
  await expect(page.locator(".leaflet-popup-content a")).toBeVisible();
  await expect(page.locator("#results-list > li").first()).toHaveAttribute("data-selected", "true");
});

test("“Search this area” searches the visible map area", async ({ page }) => {
  await page.goto(`/search?postcode=${encodeURIComponent(HALIFAX)}&radius=1`);
  const map = page.getByTestId("results-map");
  await expect(map.locator(".map-pin--numbered").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Search this area" })).toHaveCount(0);
  await map.locator(".leaflet-control-zoom-out").click();
  await page.getByRole("button", { name: "Search this area" }).click();
  await expect(page).toHaveURL(/bbox=-?\d+\.\d+,\d+\.\d+,-?\d+\.\d+,\d+\.\d+/);
  await expect(page.getByRole("heading", { level: 2, name: /found in the map area/ })).toBeVisible();
});

test("search page, with results and with errors, has no axe violations", async ({ page }) => {
  await page.goto(`/search?postcode=${encodeURIComponent(HALIFAX)}&radius=2&category=museums-galleries-and-heritage`);
  await expect(page.locator("#results-list > li").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/search?postcode=nonsense&radius=abc&day=someday");
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Enter a full postcode");
  await expect(page.getByRole("textbox", { name: "Postcode" })).toHaveValue("nonsense");
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAxeViolations(page);
});

test("nonsense in the URL gives a page that says what it ignored, never an error", async ({ page }) => {
  const response = await page.goto(
    "/search?radius=-5&page=abc&category=nope&category=visual-arts&free=maybe&bbox=1,2&age=%3Cscript%3E&unverified=2&q=" + "x".repeat(300),
  );
  expect(response?.status()).toBe(200);
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toContainText("We do not know the category “nope”");
  await expect(summary).toContainText("Search words must be 200 characters or fewer");
  await expect(page.getByRole("heading", { level: 2, name: /activities found/ })).toBeVisible();
  const unknown = await page.goto("/search?postcode=SW1A%201AA");
  expect(unknown?.status()).toBe(200);
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("We could not find SW1A 1AA in West Yorkshire");
});

test("a typo still finds allotments, and the page says what it searched for", async ({ page }) => {
  await page.goto("/search?q=alotment&place=E08000033");
  await expect(page.getByText("We searched for allotment instead of alotment")).toBeVisible();
  await expect(page.locator("#results-list > li").first()).toContainText(/Allotment/i);
});

test("an empty result near a postcode says how many there are further out", async ({ page }) => {
  await page.goto(`/search?postcode=${encodeURIComponent(HALIFAX)}&radius=1&category=creative-writing-poetry-and-storytelling&free=1`);
  await expect(page.getByRole("heading", { level: 2, name: "No activities found within 1 km of HX1 1AA" })).toBeVisible();
  await expect(page.getByText(/0 within 2 km; 0 within 5 km; 0 within 10 km/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Remove “Free only”" })).toBeVisible();
  // Counted as unmet demand for the postcode's place and ward and the category (never the postcode itself).
  await expect
    .poll(() =>
      withE2eDatabase(async (c) => {
        const r = await c.query<{ n: number }>(
          `SELECT coalesce(sum(count), 0)::int AS n FROM search_demand
            WHERE place_code = 'E08000033' AND ward_code <> '' AND category_code = 'creative-writing-poetry-and-storytelling' AND outcome = 'none'`,
        );
        return r.rows[0]!.n;
      }),
    )
    .toBeGreaterThan(0);
});

test("Tuesday morning, free, near Dewsbury: stated matches, then the listings that do not say, under their own heading", async ({
  page,
}) => {
  await page.goto(`/search?postcode=${encodeURIComponent("WF13 1HN")}&radius=5&day=tue&time=morning&free=1`);
  await expect(page.getByRole("heading", { level: 2, name: /activities found within 5 km of WF13 1HN/ })).toBeVisible();
  await expect(page.getByText(/\d+ matches? according to open data · \d+ cost or days and times not stated — ask them/)).toBeVisible();
  const stated = page.locator("#results-list > li");
  await expect(stated).not.toHaveCount(0);
  await expect(stated.first()).toContainText(/Tuesday/);
  await expect(stated.first()).not.toContainText("not stated — ask them");
  await expect(page.getByRole("heading", { level: 3, name: "Not stated — ask them" })).toBeVisible();
  const unstated = page.locator("#results-list-unstated > li");
  await expect(unstated.first()).toContainText(/(Cost|When) ?Not stated — ask them/);
  // Numbered on from the stated matches.
  await expect(unstated.first().locator("span[aria-hidden]").first()).toHaveText(String((await stated.count()) + 1));
  await expectNoAxeViolations(page, "search with not-stated matches");
});
