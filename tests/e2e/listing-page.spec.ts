import { expect, test, type Page } from "@playwright/test";
import { withE2eDatabase } from "./support/accounts";
import { blockMapTiles, expectNoAxeViolations } from "./support/search-helpers";

// "Can this person go?" from the listing page alone: when it is open, what it costs, whether it is step-free,
// how to get there and how to get in touch, each fact with where it comes from (issue 10, ADR 0009).

test.beforeEach(async ({ page }) => blockMapTiles(page));

async function openSeededLibrary(page: Page, name: string) {
  const id = await withE2eDatabase(async (c) => {
    const r = await c.query<{ id: string }>(
      `SELECT id FROM service WHERE name = $1 AND source = 'libraries-hacked' AND listing_status = 'published' LIMIT 1`,
      [name],
    );
    return r.rows[0]!.id;
  });
  await page.goto(`/services/${id}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

/** Every link on the page goes to our own pages (a path) or has a scheme: never "leeds.gov.uk/libraries" as a path of ours. */
async function expectNoRelativeExternalLinks(page: Page) {
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const bad = hrefs.filter(
    (h) => !h.startsWith("/") && !h.startsWith("#") && !/^(https?:\/\/[^/]+\.[a-z]{2,}|tel:\+?\d+$|mailto:\S+@\S+$)/i.test(h),
  );
  expect(bad).toEqual([]);
  const external = await page.locator('a[rel~="external"]').evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  expect(external.length).toBeGreaterThan(0);
  expect(external.filter((h) => !/^https?:\/\//.test(h))).toEqual([]);
}

test("a seeded library's page: hours with their source, phone and email links, directions, step-free and its sources", async ({ page }) => {
  await openSeededLibrary(page, "Leeds Central Library");
  const when = page.getByRole("region", { name: "When" });
  await expect(when.getByText(/^Every Monday, /)).toBeVisible();
  await expect(
    when.getByText(/^Source: (From the council's library records, via Libraries Hacked; not confirmed|Confirmed by)/),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: "Cost" })).toContainText(
    /Free to visit\s*Source: Usual for a public library; not confirmed/,
  );
  await expect(page.getByRole("region", { name: "Accessibility" })).toContainText(/Step-free.*Source: From OpenStreetMap; not confirmed/s);

  const join = page.getByRole("region", { name: "How to join" });
  await expect(join.getByRole("link", { name: "+44 113 378 5005" })).toHaveAttribute("href", "tel:+441133785005");
  await expect(join.getByRole("link", { name: "libraryenquiries@leeds.gov.uk" })).toHaveAttribute(
    "href",
    "mailto:libraryenquiries@leeds.gov.uk",
  );
  await expect(join.getByText(/^Source: From the council's library records, via Libraries Hacked and OpenStreetMap/)).toBeVisible();

  const directions = page.getByRole("link", { name: "Get directions to Leeds Central Library (OpenStreetMap)" });
  await expect(directions).toHaveAttribute("href", /^https:\/\/www\.openstreetmap\.org\/directions\?route=%3B53\.\d+%2C-1\.\d+$/);

  const about = page.getByRole("region", { name: "About this listing" });
  await expect(about.getByRole("heading", { name: "Sources" })).toBeVisible();
  const sources = about.getByRole("list").first().getByRole("listitem");
  await expect(sources.filter({ hasText: "LibrariesHacked public libraries data (2023 list). Licence:" })).toHaveCount(1);
  await expect(sources.filter({ hasText: "OpenStreetMap (extract of July 2023). Licence: Open Database Licence (ODbL) 1.0" })).toHaveCount(
    1,
  );
  await expect(about).toContainText("Opening hours and sessions");
  await expect(about).toContainText("Open Government Licence v3.0");
  await expect(about).toContainText("Open Database Licence (ODbL) 1.0");
  await expect(about).toContainText("usual for a public library, not from any source");

  await expectNoRelativeExternalLinks(page);
  await expectNoAxeViolations(page);
});

test("Dewsbury Library's page answers when, cost, step-free and how to get in touch for a phone call", async ({ page }) => {
  await openSeededLibrary(page, "Dewsbury Library");
  await expect(page.getByRole("region", { name: "When" }).getByRole("listitem")).toHaveCount(6);
  await expect(page.getByRole("region", { name: "Cost" })).toContainText("Free to visit");
  await expect(page.getByRole("region", { name: "Accessibility" })).toContainText(
    "Not stated — ask them about steps, toilets and parking.",
  );
  await expect(page.getByRole("link", { name: "frontline.services@kirklees.gov.uk" })).toHaveAttribute(
    "href",
    "mailto:frontline.services@kirklees.gov.uk",
  );
  await expect(page.getByRole("link", { name: /^Get directions to Dewsbury Library/ })).toHaveAttribute(
    "href",
    /^https:\/\/www\.openstreetmap\.org\/directions\?/,
  );
  await expectNoRelativeExternalLinks(page);
});
