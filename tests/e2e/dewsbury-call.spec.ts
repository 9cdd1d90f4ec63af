import { expect, test, type Locator, type Page } from "@playwright/test";
import { blockMapTiles, expectNoAxeViolations } from "./support/search-helpers";

// The call that issue 10 started from: a link worker on the phone with a lonely 70-year-old wheelchair user in
// Dewsbury (WF13 1HN) who can do Tuesday mornings and needs something free. Through the UI only, on the seeded
// real data, in fewer than ten actions, the link worker must end with at least three activities that say when
// they run, what they cost and how to get in touch, each fact saying whether anyone confirmed it.

/** Counts what the link worker does, so the test fails if the journey grows past ten actions. */
function counted(page: Page) {
  let actions = 0;
  const act = async (step: () => Promise<unknown>) => {
    actions += 1;
    await step();
  };
  return {
    goto: (url: string) => act(() => page.goto(url)),
    fill: (field: Locator, value: string) => act(() => field.fill(value)),
    select: (field: Locator, label: string) => act(() => field.selectOption({ label })),
    check: (field: Locator) => act(() => field.check()),
    click: (target: Locator) => act(() => target.click()),
    get count() {
      return actions;
    },
  };
}

test("Dewsbury, Tuesday morning, free, age 70, step-free: three activities with days, cost and contact, each labelled", async ({
  page,
}) => {
  await blockMapTiles(page);
  const user = counted(page);

  await user.goto("/search");
  const form = page.getByRole("search", { name: "Search for activities" });
  await user.fill(form.getByLabel("Postcode", { exact: true }), "WF13 1HN");
  await user.select(form.getByLabel("Day", { exact: true }), "Tuesday");
  await user.select(form.getByLabel("Time of day"), "Morning (starts before 12pm)");
  await user.check(form.getByLabel("Free only"));
  await user.fill(form.getByLabel("Age of the person"), "70");
  await user.click(form.locator("summary", { hasText: "Accessibility and wheelchair access" }));
  await user.check(form.getByLabel(/Step-free access/));
  await user.click(form.getByRole("button", { name: "Search", exact: true }).first());
  expect(user.count).toBeLessThan(10);

  await expect(page.getByRole("heading", { level: 2, name: /activities? found within \d+ km of WF13 1HN/ })).toBeVisible();
  // The page never empties on unknowns: what nobody has stated is shown apart, and says so.
  await expect(page.getByText(/not stated — ask them/).first()).toBeVisible();

  const results = page.locator("#result-lists li[data-result-id]");
  const suitable: string[] = [];
  for (const item of (await results.all()).slice(0, 10)) {
    const text = (await item.innerText()).replace(/\s+/g, " ");
    const contact = item.locator('a[href^="tel:"], a[href^="mailto:"]');
    // Runs on Tuesdays, free, and a way to get in touch; each with where it comes from.
    if (!/Tuesday/.test(text) || !/Free/.test(text) || (await contact.count()) === 0) continue;
    expect(text).toMatch(/When .*Tuesday.*\((confirmed by .*|from .*; not confirmed)\)/);
    expect(text).toMatch(/Cost Free[^(]*\((confirmed by .*|usual for .*; not confirmed by the venue|from .*; not confirmed)\)/);
    expect(text).toMatch(/Get in touch .*\((confirmed|from open data|not confirmed)\)/);
    expect(text).toMatch(/Accessibility (Step-free access \((confirmed by|from)|Not stated — ask them)/);
    suitable.push(text.split(" Distance")[0]!);
  }
  expect(suitable.length, `suitable activities: ${suitable.join(" | ")}`).toBeGreaterThanOrEqual(3);
  await expectNoAxeViolations(page, "the Dewsbury call");

  // The nearest of them opens on a page that answers the same questions, with directions.
  await results.filter({ hasText: "Dewsbury Library" }).getByRole("link", { name: "Dewsbury Library" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dewsbury Library" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Get directions to Dewsbury Library/ })).toHaveAttribute(
    "href",
    /^https:\/\/www\.openstreetmap\.org\/directions\?/,
  );
  await expect(page.getByText(/Tuesday/).first()).toBeVisible();
});
