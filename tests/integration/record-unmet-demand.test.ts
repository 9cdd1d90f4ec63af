import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordUnmetDemand } from "@/server/insights/record-unmet-demand";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";
const person = (n: number, userAgent: string | null = BROWSER) => ({ address: `203.0.113.${n}`, userAgent });
beforeAll(async () => {
  t = await createTestDatabase({ seeded: false });
});
afterAll(() => t?.drop());

describe("recordUnmetDemand", () => {
  it("counts searches with fewer than 3 results per month, place, ward and category, and nothing else", async () => {
    const now = new Date("2026-11-21T10:00:00Z");
    const search = { placeCode: "E08000033", wardCode: "E05001392", categoryCodes: ["singing-and-choirs"], now, client: person(1) };
    await recordUnmetDemand({ ...search, resultCount: 0 }, t.db);
    await recordUnmetDemand({ ...search, resultCount: 0, client: person(2) }, t.db);
    await recordUnmetDemand({ ...search, resultCount: 2 }, t.db);
    await recordUnmetDemand({ ...search, resultCount: 3 }, t.db); // enough: not recorded
    await recordUnmetDemand(
      { placeCode: null, wardCode: null, categoryCodes: ["visual-arts", "crafts-and-making"], resultCount: 1, now, client: person(1) },
      t.db,
    );

    const rows = await t.db.searchDemand.findMany({ orderBy: [{ categoryCode: "asc" }, { outcome: "asc" }] });
    expect(rows.map(({ month, ...r }) => ({ month: month.toISOString().slice(0, 10), ...r }))).toEqual([
      { month: "2026-11-01", placeCode: "", wardCode: "", categoryCode: "crafts-and-making", outcome: "few", count: 1 },
      { month: "2026-11-01", placeCode: "E08000033", wardCode: "E05001392", categoryCode: "singing-and-choirs", outcome: "few", count: 1 },
      { month: "2026-11-01", placeCode: "E08000033", wardCode: "E05001392", categoryCode: "singing-and-choirs", outcome: "none", count: 2 },
      { month: "2026-11-01", placeCode: "", wardCode: "", categoryCode: "visual-arts", outcome: "few", count: 1 },
    ]);
  });

  it("counts a search at most once per client and day, so repeating it cannot inflate the figures", async () => {
    const categoryCodes = ["pottery-test-once"];
    const search = { placeCode: "E08000034", wardCode: "", categoryCodes, resultCount: 0 };
    const day = new Date("2026-11-22T09:00:00Z");
    for (let i = 0; i < 25; i++) await recordUnmetDemand({ ...search, now: new Date(day.getTime() + i * 60_000), client: person(7) }, t.db);
    await recordUnmetDemand({ ...search, now: day, client: person(8) }, t.db); // someone else
    await recordUnmetDemand({ ...search, categoryCodes: ["pottery-test-other"], now: day, client: person(7) }, t.db); // another search
    await recordUnmetDemand({ ...search, now: new Date("2026-11-23T09:00:00Z"), client: person(7) }, t.db); // the next day

    const count = async (categoryCode: string) =>
      (await t.db.searchDemand.findMany({ where: { categoryCode } })).reduce((sum, r) => sum + r.count, 0);
    expect(await count("pottery-test-once")).toBe(3);
    expect(await count("pottery-test-other")).toBe(1);
  });

  it.each([
    ["a crawler", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"],
    ["a script", "python-requests/2.32.3"],
    ["curl", "curl/8.5.0"],
    ["a headless browser", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0 Safari/537.36"],
    ["no user agent", null],
  ])("ignores %s", async (_, userAgent) => {
    const categoryCodes = [`bot-test-${Math.random().toString(36).slice(2)}`];
    await recordUnmetDemand({ placeCode: "", wardCode: "", categoryCodes, resultCount: 0, client: person(9, userAgent) }, t.db);
    expect(await t.db.searchDemand.count({ where: { categoryCode: categoryCodes[0] } })).toBe(0);
  });
});
