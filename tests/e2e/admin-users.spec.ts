import { expect, test } from "@playwright/test";
import { signInByEmail, uniqueEmail, withE2eDatabase } from "./support/accounts";
import { expectAxeClean } from "./support/axe";

const roleOf = (email: string) =>
  withE2eDatabase(async (c) => (await c.query(`SELECT role FROM "user" WHERE email = $1`, [email])).rows[0]?.role);

test.describe("who may do what", () => {
  test("someone not signed in is sent to sign in from the provider and admin areas", async ({ page }) => {
    for (const path of ["/provider", "/provider/listings/new", "/provider/organisations/new", "/admin/users"]) {
      await page.goto(path);
      await expect(page, path).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=${encodeURIComponent(path).replace(/\//g, "%2F")}`));
    }
  });

  test("a provider or a moderator cannot open user administration, so cannot change anyone's role", async ({ page }) => {
    for (const role of ["provider", "moderator"] as const) {
      const email = uniqueEmail(role);
      await page.context().clearCookies();
      await signInByEmail(page, email, { role, returnTo: "/provider" });
      const response = await page.goto(`/admin/users?email=${encodeURIComponent(email)}`);
      expect(response?.status(), role).toBe(403);
      await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
      await expect(page.getByRole("button", { name: "Save role" })).toHaveCount(0);
      expect(await roleOf(email)).toBe(role);
    }
  });

  test("an admin finds someone by email and makes them a moderator", async ({ page }) => {
    const admin = uniqueEmail("admin");
    const provider = uniqueEmail("future-moderator");
    await signInByEmail(page, provider, { returnTo: "/" });
    await page.context().clearCookies();
    await signInByEmail(page, admin, { role: "admin", returnTo: "/provider" });
    await page.getByRole("link", { name: "Manage who are moderators and admins" }).click();
    await expectAxeClean(page, "admin users page");
    await page.getByLabel("Find someone by email address").fill(provider);
    await page.getByRole("button", { name: "Find" }).click();
    await expect(page.getByRole("heading", { name: provider })).toBeVisible();
    await page.getByRole("radio", { name: "Moderator" }).check();
    await page.getByRole("button", { name: "Save role" }).click();
    await expect(page.getByText(`${provider} is now a moderator.`)).toBeVisible();
    expect(await roleOf(provider)).toBe("moderator");
    await expectAxeClean(page, "admin users page after a change");
    const audit = await withE2eDatabase((c) =>
      c.query(
        `SELECT a.data FROM audit_event a JOIN "user" u ON u.id = a.entity_id WHERE u.email = $1 AND a.action = 'user.role_granted'`,
        [provider],
      ),
    );
    expect(audit.rows[0].data).toMatchObject({ from: "provider", to: "moderator", via: "app" });
  });
});
