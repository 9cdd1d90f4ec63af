import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function expectNoAxeViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(wcagTags);
  const results = await (include ? builder.include(include) : builder).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const wardsTable = (page: Page) => page.getByTestId("wards-table");
const mapWard = (page: Page, code: string) => page.locator(`[data-testid="ward-map"] path[data-ward-code="${code}"]`);

/** The first ward in the table with at least one listing, with its figures as the table shows them. */
async function firstWardWithListings(page: Page) {
  const headers = await wardsTable(page).locator("thead th").allTextContents();
  const column = (name: string) => headers.findIndex((h) => h.startsWith(name));
  for (const row of await wardsTable(page).locator("tbody tr").all()) {
    const cells = await row.locator("th, td").allTextContents();
    if (cells[column("Listings")] === "0") continue;
    return {
      code: (await row.getAttribute("data-ward-code"))!,
      name: cells[column("Ward")]!,
      per10k: cells[column("Listings per 10,000 residents")]!,
      rank: cells[column("Deprivation rank")]!,
    };
  }
  throw new Error("no ward has a listing");
}

test.describe("coverage insights", () => {
  test("choose a category: the map and the table agree, and the CSV has the same rows", async ({ page }) => {
    await page.goto("/insights");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Where provision is thin");

    await page.getByLabel("Category", { exact: true }).selectOption({ label: "Theatre and performance" });
    await page.getByRole("button", { name: "Show figures" }).click();
    await expect(page).toHaveURL(/[?&]category=theatre-and-performance/);
    await expect(page.getByTestId("filter-summary")).toContainText("Theatre and performance");

    // The map draws all 124 wards; a ward's figure on the map is the figure in the table.
    await expect(page.locator('[data-testid="ward-map"] path[data-ward-code]')).toHaveCount(124);
    const ward = await firstWardWithListings(page);
    expect(ward.per10k).toMatch(/^\d+\.\d\d$/);
    await expect(mapWard(page, ward.code)).toHaveAttribute("role", "img");
    await expect(mapWard(page, ward.code)).toHaveAttribute(
      "aria-label",
      new RegExp(`^${escape(ward.name)}, .*: ${escape(ward.per10k)} listings per 10,000 residents`),
    );

    // Switch the map to deprivation: the URL keeps the view and the ward's rank matches the table.
    await page.getByLabel("Deprivation (IMD 2025)").check();
    await expect(page).toHaveURL(/[?&]map=deprivation/);
    await expect(mapWard(page, ward.code)).toHaveAttribute("aria-label", new RegExp(`deprivation rank ${ward.rank} of 124$`));
    await expect(page.getByTestId("map-legend")).toContainText("Most deprived fifth");

    // Export the ward table.
    const downloading = page.waitForEvent("download");
    await page
      .locator("#wards")
      .getByRole("link", { name: /Download this table \(CSV\)/ })
      .click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("insights-wards-theatre-and-performance-west-yorkshire.csv");
    const csv = await readFile((await download.path())!, "utf8");
    expect(csv.startsWith("\uFEFFWard code,Ward,Place code,Place,Residents (Census 2021),")).toBe(true);
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(125);
    const line = lines.find((l) => l.startsWith(`${ward.code},`))!;
    expect(line).toContain(`,${Number(ward.per10k)},`);
  });

  test("the deprived and under-served wards: the same on the map, in the table and in the CSV", async ({ page, request }) => {
    await page.goto("/insights?category=theatre-and-performance");
    await expect(page.locator('[data-testid="ward-map"] path[data-ward-code]')).toHaveCount(124);
    const rows = page.getByTestId("deprived-under-served-table").locator("tbody tr");
    const codes = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-ward-code")!));
    expect(codes.length).toBeGreaterThan(0);

    await page.getByRole("radio", { name: "Deprived and under-served" }).check();
    await expect(page).toHaveURL(/[?&]map=combined/);
    await expect(page.getByTestId("map-legend")).toContainText("Both: most deprived fifth and lowest provision fifth");
    const both = page.locator('[data-testid="ward-map"] path[aria-label*=": both: most deprived fifth and lowest provision fifth"]');
    await expect(both).toHaveCount(codes.length);
    expect((await both.evaluateAll((paths) => paths.map((p) => p.getAttribute("data-ward-code")!))).sort()).toEqual([...codes].sort());

    const csv = await request.get("/insights/deprived-under-served.csv?category=theatre-and-performance");
    expect(csv.status()).toBe(200);
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines.slice(1).map((l) => l.split(",")[1])).toEqual(codes);
  });

  test("warns when a category has too few listings to rank wards, and not for every category", async ({ page }) => {
    // Theatre and performance: far fewer listings than West Yorkshire's 124 wards.
    await page.goto("/insights?category=theatre-and-performance");
    const warning = page.getByRole("region", { name: "Too few listings to rank wards" });
    await expect(warning).toContainText(/There are \d+ theatre and performance listings for the 124 wards shown/);
    await expect(page.locator("#gaps").getByTestId("too-few-note")).toBeVisible();
    await expect(page.getByRole("main")).toContainText("Ward rankings need enough listings");
    await page.goto("/insights");
    await expect(page.getByRole("region", { name: "Too few listings to rank wards" })).toHaveCount(0);
    await expect(page.getByTestId("too-few-note")).toHaveCount(0);
  });

  test("has no axe violations with the map drawn, in every view", async ({ page }) => {
    test.setTimeout(180_000); // a long page: thousands of table cells and 124 map shapes for axe to check
    await page.goto("/insights?category=nature-green-and-blue-space");
    await expect(page.locator('[data-testid="ward-map"] path[data-ward-code]')).toHaveCount(124);
    await expectNoAxeViolations(page);
    // Only the map and its legend change with the view.
    await page.getByLabel("Deprivation (IMD 2025)").check();
    await expect(page.getByTestId("map-legend")).toContainText("Most deprived fifth");
    await expectNoAxeViolations(page, "#wards");
    await page.getByRole("radio", { name: "Deprived and under-served" }).check();
    await expect(page.getByTestId("map-legend")).toContainText("Lowest provision fifth only");
    await expectNoAxeViolations(page, "#wards");
  });

  test("a place shows its wards only, and the filters survive in the URL", async ({ page }) => {
    await page.goto("/insights?category=reading-groups-and-library-activities&place=E08000033&verified=1");
    await expect(page.getByLabel("Place", { exact: true })).toHaveValue("E08000033");
    await expect(page.getByLabel("Verified listings only")).toBeChecked();
    await expect(wardsTable(page).locator("tbody tr")).toHaveCount(17);
    await expect(page.locator('[data-testid="ward-map"] path[data-ward-code]')).toHaveCount(17);
    // Every place is still compared.
    await expect(page.getByTestId("places-table").locator("tbody tr")).toHaveCount(6);
  });

  test("nonsense in the address is reported, not an error", async ({ page, request }) => {
    const response = await page.goto("/insights?category=%3Cscript%3E&place=Atlantis&verified=perhaps&map=3d");
    expect(response?.status()).toBe(200);
    const notices = page.getByRole("region", { name: "Part of the web address was not understood" });
    await expect(notices).toContainText("There is no category called “<script>”");
    await expect(notices).toContainText("“Atlantis” is not a West Yorkshire place");
    await expect(page.getByTestId("filter-summary")).toContainText("Listings in every category across West Yorkshire");

    expect((await request.get("/insights/no-such-table.csv")).status()).toBe(404);
    const csv = await request.get("/insights/places.csv?category=nonsense&place=");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect((await csv.text()).split("\r\n")[1]).toMatch(/^E47000003,West Yorkshire,2351579,/);
  });

  test("works without JavaScript: the filter form and the tables", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/insights");
    await page.getByLabel("Category", { exact: true }).selectOption("walking-groups");
    await page.getByLabel("Place", { exact: true }).selectOption({ label: "Leeds" });
    await page.getByRole("button", { name: "Show figures" }).click();
    await expect(page).toHaveURL(/category=walking-groups/);
    await expect(page).toHaveURL(/place=E08000035/);
    await expect(wardsTable(page).locator("tbody tr")).toHaveCount(33);
    await context.close();
  });
});
