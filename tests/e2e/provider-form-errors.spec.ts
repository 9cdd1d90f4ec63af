import { expect, test, type Page } from "@playwright/test";
import { signInByEmail, uniqueEmail } from "./support/accounts";
import { expectAxeClean } from "./support/axe";
import { addOrganisation, saveAndContinue } from "./support/provider";

const summary = (page: Page) => page.getByRole("alert", { name: "There is a problem" });

/** Signs in, adds an organisation and saves the first step; returns on "Who is it for?". */
async function startListing(page: Page, prefix: string) {
  await signInByEmail(page, uniqueEmail(prefix), { returnTo: "/provider" });
  await addOrganisation(page, `${prefix} ${Date.now()}`);
  await page.getByRole("link", { name: /^Add a listing/ }).click();
  await page.getByLabel("Name of the activity").fill("Tuesday Painters");
  await page.getByLabel("Describe it").fill("Watercolour painting for all abilities. Materials provided.");
  await page.getByLabel("Visual arts").check();
  await saveAndContinue(page);
  await expect(page.getByRole("heading", { name: "Who is it for?" })).toBeVisible();
}

test.describe("bad input is refused with a clear message, and nothing typed is lost", () => {
  test("oversized text and script tags on the first step", async ({ page }) => {
    test.setTimeout(60_000);
    await signInByEmail(page, uniqueEmail("oversize"), { returnTo: "/provider" });
    await addOrganisation(page, `Oversize ${Date.now()}`);
    await page.getByRole("link", { name: /^Add a listing/ }).click();
    const long = "Lots to say. ".repeat(240);
    await page.getByLabel("Name of the activity").fill('<img src=x onerror="alert(1)">');
    await page.getByLabel("Describe it").fill(long);
    await page.getByLabel("Walking groups").check();
    await saveAndContinue(page);
    await expect(summary(page).getByRole("link", { name: "Name must be plain text, without HTML or script tags" })).toHaveAttribute(
      "href",
      "#name",
    );
    await expect(summary(page).getByRole("link", { name: "Description must be 3000 characters or fewer" })).toHaveAttribute(
      "href",
      "#description",
    );
    await expect(page.getByLabel("Name of the activity")).toHaveValue('<img src=x onerror="alert(1)">');
    await expect(page.getByLabel("Describe it")).toHaveValue(long);
    await expect(page.getByLabel("Walking groups")).toBeChecked();
    await expect(page.getByLabel("Describe it")).toHaveAttribute("aria-invalid", "true");
    await expectAxeClean(page, "first step with errors");
  });

  test("ages out of range, an unknown postcode, and inverted or overlapping session times", async ({ page }) => {
    test.setTimeout(90_000);
    await startListing(page, "errors");
    await page.getByLabel("Youngest age").fill("70");
    await page.getByLabel("Oldest age").fill("130");
    await saveAndContinue(page);
    await expect(summary(page)).toContainText("Age must be 120 or less");
    await page.getByLabel("Oldest age").fill("18");
    await saveAndContinue(page);
    await expect(summary(page)).toContainText("The oldest age must be the same as or more than the youngest age");
    await expect(page.getByLabel("Youngest age")).toHaveValue("70");
    await page.getByLabel("Oldest age").fill("");
    await saveAndContinue(page);

    await page.getByLabel("At a venue").check();
    await saveAndContinue(page);
    await page.getByLabel("Postcode").fill("ZZ99 9ZZ");
    await page.getByLabel("Address line 1").fill("1 Nowhere Lane");
    await page.getByLabel("Town or city").fill("Halifax");
    await saveAndContinue(page);
    await expect(summary(page)).toContainText("We could not find ZZ99 9ZZ in West Yorkshire");
    await expect(page.getByLabel("Address line 1")).toHaveValue("1 Nowhere Lane");
    await page.getByLabel("Postcode").fill("not a postcode");
    await page.getByRole("button", { name: /Find postcode/ }).click();
    await expect(summary(page)).toContainText("Enter the full postcode, like HX1 1QG");
    await page.getByLabel("Postcode").fill("HX1 1QG");
    await saveAndContinue(page);

    await expect(page.getByRole("heading", { name: "When does it happen?" })).toBeVisible();
    const row = (n: number) => page.getByRole("group", { name: `Weekly session ${n}` });
    const session = async (n: number, day: string, starts: string, ends: string) => {
      await row(n).getByLabel("Day").selectOption({ label: day });
      await row(n).getByLabel("Starts").fill(starts);
      await row(n).getByLabel("Ends").fill(ends);
    };
    await session(1, "Tuesday", "14:00", "12:00");
    await page.getByRole("button", { name: "Add a weekly session" }).click();
    await session(2, "Wednesday", "10:00", "12:00");
    await page.getByRole("button", { name: "Add a weekly session" }).click();
    await session(3, "Wednesday", "11:00", "13:00");
    await page.getByRole("button", { name: "Add a one-off date" }).click();
    await saveAndContinue(page);
    // The blank one-off row is dropped; the others are kept, each with its message.
    await expect(summary(page).getByRole("link", { name: "The end time must be after the start time" })).toHaveAttribute(
      "href",
      "#sessions-0-closesAt",
    );
    await expect(summary(page).getByRole("link", { name: "This session overlaps session 2" })).toHaveAttribute(
      "href",
      "#sessions-2-opensAt",
    );
    await expect(page.getByRole("group", { name: /One-off date/ })).toHaveCount(0);
    await expect(row(3).getByLabel("Starts")).toHaveValue("11:00");
    await expectAxeClean(page, "sessions with errors");

    await row(1).getByLabel("Ends").fill("15:00");
    await row(3).getByLabel("Day").selectOption({ label: "Thursday" });
    await saveAndContinue(page);
    await expect(page.getByRole("heading", { name: "How much does it cost?" })).toBeVisible();
    await saveAndContinue(page);
    await expect(summary(page)).toContainText("Say whether it is free");
    await page.getByLabel("No, there is a cost").check();
    await saveAndContinue(page);
    await expect(summary(page)).toContainText("Say what it costs");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form still saves, adds and removes session rows, finds the postcode, and shows errors with the values kept", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await startListing(page, "nojs");
    await saveAndContinue(page);
    await page.getByLabel("At a venue").check();
    await saveAndContinue(page);

    await page.getByLabel("Postcode").fill("hx1 1qg");
    await page.getByRole("button", { name: /Find postcode/ }).click();
    await expect(page.getByLabel("Postcode")).toHaveValue("HX1 1QG");
    await page.getByLabel("Address line 1").fill("Square Road");
    await page.getByLabel("Town or city").fill("Halifax");
    await saveAndContinue(page);

    await page.getByLabel("Day").selectOption({ label: "Monday" });
    await page.getByLabel("Starts").fill("10:00");
    await page.getByLabel("Ends").fill("12:00");
    await page.getByRole("button", { name: "Add a one-off date" }).click();
    const event = page.getByRole("group", { name: "One-off date 2" });
    await expect(event).toBeVisible();
    await expect(page.getByRole("group", { name: "Weekly session 1" }).getByLabel("Starts")).toHaveValue("10:00");
    await event.getByLabel("Starts").fill("18:00");
    await event.getByLabel("Ends").fill("20:00");
    // Enter in a field saves the step (never presses a "Remove" button).
    await event.getByLabel("Ends").press("Enter");
    await expect(summary(page).getByRole("link", { name: "Enter a date" })).toHaveAttribute("href", "#sessions-1-date");
    await expect(event.getByLabel("Ends")).toHaveValue("20:00");
    await page.getByRole("button", { name: "Remove one-off date 2" }).click();
    await expect(page.getByRole("group", { name: "One-off date 2" })).toHaveCount(0);
    await saveAndContinue(page);
    await expect(page.getByRole("heading", { name: "How much does it cost?" })).toBeVisible();
  });
});
