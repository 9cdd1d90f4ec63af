import { expect, test, type Locator, type Page } from "@playwright/test";
import { signInByEmail, uniqueEmail } from "./support/accounts";

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it is never reached. */
async function tabTo(page: Page, target: Locator, max = 120) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`could not reach ${target} with the Tab key`);
}

test("a provider adds an organisation and starts a listing with the keyboard alone, recovering from an error and placing the map pin", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInByEmail(page, uniqueEmail("keyboard"), { returnTo: "/provider" });
  await page.goto("/provider");

  await tabTo(page, page.getByRole("link", { name: "Add your organisation" }));
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByLabel("Name of your organisation or group"));
  await page.keyboard.type(`Keyboard Club ${Date.now()}`);
  await tabTo(page, page.getByRole("button", { name: "Save and continue" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Your organisation has been added")).toBeVisible();

  await tabTo(page, page.getByRole("link", { name: /^Add a listing/ }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "What is the activity?" })).toBeVisible();
  // Sending it empty: the error summary takes focus, and its links lead to the fields.
  await tabTo(page, page.getByRole("button", { name: "Save and continue" }));
  await page.keyboard.press("Enter");
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(summary.getByRole("link", { name: /Enter the name of the activity/ })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Name of the activity")).toBeFocused();
  await page.keyboard.type("Keyboard choir");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Describe it")).toBeFocused();
  await page.keyboard.type("We sing together every week. Everyone is welcome, no experience needed.");
  await tabTo(page, page.getByLabel("Singing and choirs"));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "Save and continue" }));
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { name: "Who is it for?" })).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: "Save and continue" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "How do people take part?" })).toBeVisible();
  await tabTo(page, page.getByLabel("At a venue"));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "Save and continue" }));
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { name: "Where does it happen?" })).toBeVisible();
  await tabTo(page, page.getByLabel("Postcode"));
  await page.keyboard.type("HX1 1QG");
  await tabTo(page, page.getByRole("button", { name: /Find postcode/ }));
  await page.keyboard.press("Enter");
  const lat = page.locator('input[name="locations.0.lat"]');
  await expect(lat).not.toHaveValue("");
  const before = Number(await lat.inputValue());
  await tabTo(page, page.getByRole("button", { name: "Move pin North" }));
  await page.keyboard.press("Enter");
  await expect.poll(async () => Number(await lat.inputValue())).toBeGreaterThan(before);
  await tabTo(page, page.getByLabel("Address line 1"));
  await page.keyboard.type("Square Road");
  await tabTo(page, page.getByLabel("Town or city"));
  await page.keyboard.type("Halifax");
  // Enter in a text field saves and continues (never "Remove" or "Find").
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "When does it happen?" })).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: "Save and come back later" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Your draft is saved")).toBeVisible();
  await expect(
    page.getByTestId("provider-listing").filter({ hasText: "Keyboard choir" }).getByText("Draft", { exact: true }),
  ).toBeVisible();
});
