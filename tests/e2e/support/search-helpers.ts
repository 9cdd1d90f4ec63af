import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}

/** Map tiles come from the internet, which tests never need: answer tile requests with nothing. */
export async function blockMapTiles(page: Page) {
  await page.route("https://tile.openstreetmap.org/**", (route) => route.fulfill({ status: 204, body: "" }));
}

/** A real postcode in central Halifax, with a library, a museum and a theatre within 2 km in the seed. */
export const HALIFAX = "HX1 1AA";
export const HALIFAX_LIBRARY = "Central Library & Archives Halifax";
