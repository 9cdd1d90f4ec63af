import { expect, test } from "@playwright/test";
import { signInByEmail, uniqueEmail, withE2eDatabase } from "./support/accounts";
import { expectAxeClean } from "./support/axe";
import { addOrganisation, fillNewListing, serviceRow } from "./support/provider";

test.describe("a provider lists a new activity", () => {
  test("signs in by magic link, adds an organisation and a listing with a venue and two weekly sessions, and sends it for review", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const email = uniqueEmail("lister");
    const name = `Square Chapel Singers ${Date.now()}`;
    await signInByEmail(page, email, { returnTo: "/provider" });
    await expect(page).toHaveURL(/\/provider$/);
    await expectAxeClean(page, "empty dashboard");
    await addOrganisation(page, `Calder Singers ${Date.now()}`);

    await fillNewListing(page, name, async (step) => {
      if (["what", "venues", "when", "join"].includes(step)) await expectAxeClean(page, `step ${step}`);
    });
    // The draft is in the database before it is sent: closing the browser now would lose nothing.
    expect((await serviceRow(name))?.listing_status).toBe("draft");

    await expect(page.getByText("Every Tuesday, 7pm to 9pm")).toBeVisible();
    await expect(page.getByText("Every Saturday, 10am to 11:30am")).toBeVisible();
    await expectAxeClean(page, "check page");
    await page.getByRole("button", { name: "Send for review" }).click();
    await expect(page.getByRole("heading", { name: "Listing sent for review" })).toBeVisible();
    await expectAxeClean(page, "sent page");

    await page.getByRole("link", { name: "Go to your listings" }).click();
    const item = page.getByTestId("provider-listing").filter({ hasText: name });
    await expect(item.getByText("Waiting for review")).toBeVisible();
    await expect(item.getByRole("button", { name: `Withdraw from review ${name}` })).toBeVisible();
    await expectAxeClean(page, "dashboard with a pending listing");

    const row = await serviceRow(name);
    expect(row?.listing_status).toBe("pending");
    const revision = await withE2eDatabase((c) => c.query(`SELECT status, data FROM revision WHERE service_id = $1`, [row!.id]));
    expect(revision.rows).toEqual([expect.objectContaining({ status: "pending" })]);
    expect(revision.rows[0].data.sessions).toHaveLength(2);
    expect(revision.rows[0].data.locations[0]).toMatchObject({
      postcode: "HX1 1QG",
      address1: "10 Square Road",
      accessibility: ["step-free-access"],
    });

    // Withdrawn straight from the dashboard, it is a draft again with everything kept.
    await item.getByRole("button", { name: `Withdraw from review ${name}` }).click();
    await expect(page.getByText("Withdrawn from review")).toBeVisible();
    await expect(item.getByText("Draft", { exact: true })).toBeVisible();
    expect((await serviceRow(name))?.listing_status).toBe("draft");
    await item.getByRole("link", { name: `Continue your draft ${name}` }).click();
    await expect(page.getByText("Every Saturday, 10am to 11:30am")).toBeVisible();

    // A fortnightly session: "How often" beside the day.
    await page.goto(`/provider/listings/${row!.id}/when?return=check`);
    await page.getByRole("button", { name: "Add a weekly session" }).click();
    const third = page.getByRole("group", { name: "Weekly session 3" });
    await third.getByLabel("Day").selectOption({ label: "Friday" });
    await third.getByLabel("How often").selectOption({ label: "Every 2 weeks" });
    await third.getByLabel("Starts").fill("10:00");
    await third.getByLabel("Ends").fill("12:00");
    await expectAxeClean(page, "step when with a fortnightly session");
    await page.getByRole("button", { name: "Save and go back" }).click();
    await expect(page.getByText("Every 2 weeks on Friday, 10am to 12pm")).toBeVisible();
    const draft = await withE2eDatabase((c) =>
      c.query(`SELECT data FROM revision WHERE service_id = $1 ORDER BY updated_at DESC LIMIT 1`, [row!.id]),
    );
    expect(draft.rows[0].data.sessions).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: "weekly", byDay: "FR", interval: 2 })]),
    );
  });

  test("continues a draft from the dashboard after leaving part-way", async ({ page }) => {
    const email = uniqueEmail("leaver");
    await signInByEmail(page, email, { returnTo: "/provider" });
    await addOrganisation(page, `Leavers ${Date.now()}`);
    await page.getByRole("link", { name: /^Add a listing/ }).click();
    await page.getByLabel("Name of the activity").fill("Knit and natter");
    await page.getByLabel("Describe it").fill("Bring your knitting and have a chat over a cuppa. All welcome.");
    await page.getByLabel("Crafts and making").check();
    await page.getByRole("button", { name: "Save and come back later" }).click();
    await expect(page.getByText("Your draft is saved")).toBeVisible();

    // A new browser session later: the draft is still there, and "continue" picks up at the next step.
    await page.context().clearCookies();
    await signInByEmail(page, email, { returnTo: "/provider" });
    const item = page.getByTestId("provider-listing").filter({ hasText: "Knit and natter" });
    await expect(item.getByText("Draft", { exact: true })).toBeVisible();
    await item.getByRole("link", { name: /Continue your draft/ }).click();
    await expect(page.getByRole("heading", { name: "Who is it for?" })).toBeVisible();
  });
});
