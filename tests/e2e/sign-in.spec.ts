import { expect, test } from "@playwright/test";
import { signInByEmail, uniqueEmail } from "./support/accounts";
import { expectAxeClean } from "./support/axe";

test.describe("signing in", () => {
  test("a provider signs in with a magic link sent over SMTP, and signs out", async ({ page }) => {
    const email = uniqueEmail("provider");
    await signInByEmail(page, email, { returnTo: "/" });
    await expect(page).toHaveURL(/\/$/);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  });

  test("a bad email address gets a clear error next to the field and in the summary, and is kept", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill("not-an-email");
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(summary).toContainText("There is a problem");
    await expect(summary.getByRole("link", { name: /correct format/ })).toHaveAttribute("href", "#email");
    await expect(page.getByLabel("Email address")).toHaveValue("not-an-email");
    await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
    await expectAxeClean(page);
  });

  test("a used or forged link is refused with a way to get a new one", async ({ page }) => {
    // Auth.js's callback URL, opened with GET as a mail scanner would, only leads to the confirmation page.
    await page.goto("/api/auth/callback/email?token=forged&email=someone%40example.org");
    await expect(page).toHaveURL(/\/sign-in\/confirm\?/);
    await expectAxeClean(page);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText(/expired or has already been used/)).toBeVisible();
    await expect(page.getByLabel("Email address")).toBeVisible();
  });

  test("the sign-in page passes axe", async ({ page }) => {
    await page.goto("/sign-in");
    await expectAxeClean(page);
  });
});
