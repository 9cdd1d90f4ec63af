import { expect, test } from "@playwright/test";
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
    await expect(page.getByRole("main")).toContainText("offer any database you publish that contains or is built from them under the ODbL too");
  });

  test("the skip link moves keyboard focus to the main content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#main")).toBeFocused();
  });

  test("primary navigation lists the four sections", async ({ page }) => {
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Main" });
    const sections = [
      { name: "Search", href: "/search" },
      { name: "Insights", href: "/insights" },
      { name: "For providers", href: "/provider" },
      { name: "Moderate", href: "/moderate" },
    ];
    for (const { name, href } of sections) {
      await expect(nav.getByRole("link", { name, exact: true })).toHaveAttribute("href", href);
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
