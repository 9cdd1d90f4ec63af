import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordUnmetDemand } from "@/server/insights/record-unmet-demand";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: false });
});
afterAll(() => t?.drop());

describe("recordUnmetDemand", () => {
  it("counts searches with fewer than 3 results per month, place, ward and category, and nothing else", async () => {
    const now = new Date("2026-11-21T10:00:00Z");
    const search = { placeCode: "E08000033", wardCode: "E05001392", categoryCodes: ["singing-and-choirs"], now };
    await recordUnmetDemand({ ...search, resultCount: 0 }, t.db);
    await recordUnmetDemand({ ...search, resultCount: 0 }, t.db);
    await recordUnmetDemand({ ...search, resultCount: 2 }, t.db);
    await recordUnmetDemand({ ...search, resultCount: 3 }, t.db); // enough: not recorded
    await recordUnmetDemand(
      { placeCode: null, wardCode: null, categoryCodes: ["visual-arts", "crafts-and-making"], resultCount: 1, now },
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
});
