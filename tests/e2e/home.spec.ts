import { expect, test } from "@playwright/test";
import { signInByEmail, uniqueEmail } from "./support/accounts";
import { expectAxeClean as expectNoAxeViolations } from "./support/axe";

const places = ["Bradford", "Calderdale", "Kirklees", "Leeds", "Wakefield"];

const toNumber = (text: string | null) => Number((text ?? "").replace(/[^\d]/g, ""));

test.describe("home page", () => {
  test("shows published listings for each of the five places, and a total that adds up", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    const table = page.getByTestId("place-counts");
    let sum = 0;
    for (const place of places) {
      const row = table.getByRole("row", { name: new RegExp(`^${place}\\b`) });
      await expect(row).toHaveCount(1);
      const published = row.getByTestId("published");
      await expect(published).toHaveText(/^\d[\d,]*$/);
      const count = toNumber(await published.textContent());
      expect(count, `${place} should have published listings`).toBeGreaterThan(0);
      sum += count;
    }
    expect(toNumber(await table.getByTestId("total").textContent())).toBe(sum);
  });

  test("footer shows the data attributions and links to About the data", async ({ page }) => {
    await page.goto("/");
    const footer = page.getByRole("contentinfo");
    await expect(footer).toContainText("© OpenStreetMap contributors, ODbL 1.0");
    await expect(footer).toContainText("Office for National Statistics licensed under the Open Government Licence v3.0");
    await expect(footer).toContainText("Mapping Museums");
    await expect(footer).toContainText("Indices of Deprivation");
    await expect(footer).toContainText("LibrariesHacked");
    await footer.getByRole("link", { name: /About the data/ }).click();
    await expect(page).toHaveURL(/\/about\/data$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Where our data comes from");
    for (const licence of ["Open Government Licence v3.0", "Open Database Licence (ODbL) 1.0", "CC BY 4.0", "CC BY-SA 4.0"]) {
      await expect(page.getByRole("main").getByText(licence).first()).toBeVisible();
    }
    // Anyone copying listings out must learn what share-alike asks of them.
    await expect(page.getByRole("main")).toContainText(
      "offer any database you publish that contains or is built from them under the ODbL too",
    );
  });

  test("the skip link moves keyboard focus to the main content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#main")).toBeFocused();
  });

  test("primary navigation lists the sections; Moderate only for moderators", async ({ page }) => {
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Main" });
    const sections = [
      { name: "Search", href: "/search" },
      { name: "Insights", href: "/insights" },
      { name: "For providers", href: "/provider" },
    ];
    for (const { name, href } of sections) {
      await expect(nav.getByRole("link", { name, exact: true })).toHaveAttribute("href", href);
    }
    // An anonymous visitor could only follow it to a sign-in page.
    await expect(nav.getByRole("link", { name: /^Moderate/ })).toHaveCount(0);

    await signInByEmail(page, uniqueEmail("moderator"), { role: "moderator", returnTo: "/" });
    await expect(nav.getByRole("link", { name: /^Moderate/ })).toHaveAttribute("href", "/moderate");
    for (const { name, href } of sections) {
      await expect(nav.getByRole("link", { name, exact: true })).toHaveAttribute("href", href);
    }
  });

  test("the header is compact on a 360 px phone", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/");
    const header = await page.locator("body > header").boundingBox();
    // Service name, "Sign in" and the nav: under a seventh of the screen (it was 178 px, nearly a quarter).
    expect(header!.height).toBeLessThanOrEqual(110);
    await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();
  });

  test("the audience cards are headings under “Who it is for”", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 2, name: "Who it is for" })).toBeVisible();
    for (const name of ["Link workers and care navigators", "Community groups and providers", "Integrated Care System and place teams"]) {
      await expect(page.getByRole("heading", { level: 3, name })).toBeVisible();
    }
  });

  test("has no axe violations", async ({ page }) => {
    await page.goto("/");
    await expectNoAxeViolations(page);
  });
});

test.describe("about the data page", () => {
  test("lists sources and licences and explains 'not yet verified'", async ({ page }) => {
    await page.goto("/about/data");
    await expect(page.getByRole("table")).toContainText("Open Database Licence (ODbL) 1.0");
    await expect(page.getByRole("table")).toContainText("CC BY 4.0");
    await expect(page.getByRole("heading", { name: /not yet verified/ })).toBeVisible();
  });

  test("has no axe violations", async ({ page }) => {
    await page.goto("/about/data");
    await expectNoAxeViolations(page);
  });
});
