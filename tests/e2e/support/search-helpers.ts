import type { Page } from "@playwright/test";
export { expectAxeClean as expectNoAxeViolations } from "./axe";

/** Map tiles come from the internet, which tests never need: answer tile requests with nothing. */
export async function blockMapTiles(page: Page) {
  await page.route("https://tile.openstreetmap.org/**", (route) => route.fulfill({ status: 204, body: "" }));
}

/** A real postcode in central Halifax, with a library, a museum and a theatre within 2 km in the seed. */
export const HALIFAX = "HX1 1AA";
export const HALIFAX_LIBRARY = "Central Library & Archives Halifax";
