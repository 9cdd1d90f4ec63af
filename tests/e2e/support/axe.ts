import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Fails with the rule and the elements for every WCAG 2.2 AA violation axe finds on the page as it is now. */
export async function expectAxeClean(page: Page, what = page.url()) {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe on ${what}`).toEqual([]);
}

/** Nothing sticks out sideways: the page fits the viewport's width (e.g. a 360 px phone). */
export async function expectNoSidewaysScroll(page: Page) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scroll, `page is ${scroll}px wide in a ${width}px viewport`).toBeLessThanOrEqual(width);
}

/**
 * Every id on the page is used once, hidden elements included (axe skips what is hidden, such as controls in
 * a closed <details>, and no longer checks ids that ARIA does not use), and every id that aria-labelledby or
 * aria-describedby names exists.
 */
export async function expectUniqueIds(page: Page, what = page.url()) {
  const problems = await page.evaluate(() => {
    const seen = new Map<string, number>();
    for (const el of document.querySelectorAll("[id]")) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    const duplicates = [...seen].filter(([, n]) => n > 1).map(([id, n]) => `id "${id}" used ${n} times`);
    const missing = [...document.querySelectorAll("[aria-labelledby], [aria-describedby]")].flatMap((el) =>
      ["aria-labelledby", "aria-describedby"].flatMap((attr) =>
        (el.getAttribute(attr) ?? "")
          .split(/\s+/)
          .filter((id) => id && !document.getElementById(id))
          .map((id) => `${attr} names a missing id "${id}"`),
      ),
    );
    return [...duplicates, ...missing];
  });
  expect(problems, `ids on ${what}`).toEqual([]);
}
