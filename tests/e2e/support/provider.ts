import { expect, type Page } from "@playwright/test";
import { withE2eDatabase } from "./accounts";

export const saveAndContinue = (page: Page) => page.getByRole("button", { name: "Save and continue", exact: true }).click();

/** Adds an organisation from the dashboard's "Add your organisation" and lands back on the dashboard. */
export async function addOrganisation(page: Page, name: string) {
  await page.goto("/provider");
  await page.getByRole("link", { name: "Add your organisation" }).click();
  await page.getByLabel("Name of your organisation or group").fill(name);
  await page.getByLabel("Registered charity number (optional)").fill("1012345");
  await saveAndContinue(page);
  await expect(page.getByText("Your organisation has been added")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
}

/** The steps of a new in-person listing, from the dashboard to the check page, optionally calling `each` on every page. */
export async function fillNewListing(page: Page, name: string, each: (step: string) => Promise<void> = async () => {}) {
  await page
    .getByRole("link", { name: /^Add a listing/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "What is the activity?" })).toBeVisible();
  await page.getByLabel("Name of the activity").fill(name);
  await page
    .getByLabel("Describe it")
    .fill("A friendly community choir. No auditions and no need to read music; tea and biscuits at half time.");
  await page.getByLabel("Singing and choirs").check();
  await each("what");
  await saveAndContinue(page);

  await expect(page.getByRole("heading", { name: "Who is it for?" })).toBeVisible();
  await page.getByLabel("Youngest age").fill("16");
  await page.getByLabel("Older people (65 and over)").check();
  await page.getByLabel("Loneliness or isolation").check();
  await each("who");
  await saveAndContinue(page);

  await expect(page.getByRole("heading", { name: "How do people take part?" })).toBeVisible();
  await page.getByLabel("At a venue").check();
  await each("how");
  await saveAndContinue(page);

  await expect(page.getByRole("heading", { name: "Where does it happen?" })).toBeVisible();
  await page.getByLabel("Postcode").fill("hx1 1qg");
  await page.getByRole("button", { name: /Find postcode/ }).click();
  await expect(page.getByLabel("Postcode")).toHaveValue("HX1 1QG");
  await page.getByLabel("Venue name (optional)").fill("Square Chapel");
  await page.getByLabel("Address line 1").fill("10 Square Road");
  await page.getByLabel("Town or city").fill("Halifax");
  await each("venues");
  await saveAndContinue(page);

  await expect(page.getByRole("heading", { name: "When does it happen?" })).toBeVisible();
  await page.getByLabel("Day").selectOption({ label: "Tuesday" });
  await page.getByLabel("Starts").fill("19:00");
  await page.getByLabel("Ends").fill("21:00");
  await page.getByRole("button", { name: "Add a weekly session" }).click();
  await expect(page.getByRole("group", { name: "Weekly session 2" })).toBeVisible();
  const second = page.getByRole("group", { name: "Weekly session 2" });
  await second.getByLabel("Day").selectOption({ label: "Saturday" });
  await second.getByLabel("Starts").fill("10:00");
  await second.getByLabel("Ends").fill("11:30");
  await each("when");
  await saveAndContinue(page);

  await expect(page.getByRole("heading", { name: "How much does it cost?" })).toBeVisible();
  await page.getByLabel("Yes, it is free").check();
  await each("cost");
  await saveAndContinue(page);

  await expect(page.getByRole("heading", { name: "How do people join?" })).toBeVisible();
  await page.getByLabel("Drop in").check();
  await page.getByLabel("Email address (optional)").fill("choir@example.org");
  await each("join");
  await saveAndContinue(page);

  await expect(page.getByRole("heading", { name: "Accessibility at Square Chapel" })).toBeVisible();
  await page.getByLabel("Step-free access").check();
  await each("accessibility");
  await saveAndContinue(page);
  await expect(page.getByRole("heading", { name: "Check your listing before sending it" })).toBeVisible();
}

/** The listing's service row as the public side would read it. */
export function serviceRow(name: string) {
  return withE2eDatabase(async (c) => {
    const r = await c.query(`SELECT id, name, listing_status, version, updated_at, organisation_id FROM service WHERE name = $1`, [name]);
    return r.rows[0] as
      { id: string; name: string; listing_status: string; version: number; updated_at: Date; organisation_id: string | null } | undefined;
  });
}

/**
 * Hands an imported, published museum listing (with a full address) to the user's organisation, as a moderator
 * approving their claim would. Picks one nobody else has taken, so tests can run in parallel.
 */
export async function giveImportedListingTo(email: string) {
  return withE2eDatabase(async (c) => {
    const r = await c.query(
      `UPDATE service SET organisation_id = (
         SELECT m.organisation_id FROM membership m JOIN "user" u ON u.id = m.user_id WHERE u.email = $1 LIMIT 1)
       WHERE id = (
         SELECT s.id FROM service s
         WHERE s.organisation_id IS NULL AND s.source = 'mapping-museums' AND s.listing_status = 'published'
           AND EXISTS (SELECT 1 FROM service_at_location sal JOIN location l ON l.id = sal.location_id JOIN postcode p ON p.pcd = l.postcode
                       WHERE sal.service_id = s.id AND l.address_1 IS NOT NULL AND l.city IS NOT NULL)
         ORDER BY random() LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING id, name, version, listing_status, updated_at, organisation_id`,
      [email],
    );
    return r.rows[0] as { id: string; name: string; version: number; listing_status: string; updated_at: Date; organisation_id: string };
  });
}

/** An imported listing nobody manages yet (OpenStreetMap), for claiming. */
export async function unclaimedListing() {
  return withE2eDatabase(async (c) => {
    const r = await c.query(
      `SELECT id, name FROM service WHERE organisation_id IS NULL AND source = 'osm' AND listing_status = 'published' ORDER BY random() LIMIT 1`,
    );
    return r.rows[0] as { id: string; name: string };
  });
}
