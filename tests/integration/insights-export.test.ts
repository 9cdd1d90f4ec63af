import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InsightsFilters } from "@/lib/validation/insights";
import { exportInsightTable, filenameFor, INSIGHT_TABLES } from "@/server/insights/export-insight-table";
import { readUnmetDemand } from "@/server/insights/read-unmet-demand";
import { recordUnmetDemand } from "@/server/insights/record-unmet-demand";
import { CHOIRS, loadCoverageFixture, PLACE_A, PLACE_B } from "../fixtures/coverage-fixture";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: false });
  await loadCoverageFixture(t.db);
});
afterAll(() => t?.drop());

const choirs: InsightsFilters = { category: CHOIRS, verifiedOnly: false, map: "provision" };
const rowsOf = (csv: string) => parse(csv.slice(1), { columns: false, relax_column_count: false }) as string[][];

describe("CSV export", () => {
  it("writes the ward table with a BOM, codes and names, and the page's figures", async () => {
    const { filename, csv } = await exportInsightTable({ table: "wards", filters: choirs }, t.db);
    expect(filename).toBe("insights-wards-singing-and-choirs-west-yorkshire.csv");
    expect(csv.startsWith("\uFEFFWard code,Ward,Place code,Place,")).toBe(true);
    const [header, ...rows] = rowsOf(csv);
    expect(header).toEqual([
      "Ward code",
      "Ward",
      "Place code",
      "Place",
      "Residents (Census 2021)",
      "IMD 2025 score",
      "Deprivation rank (1 = most deprived of 124)",
      "Deprivation fifth (1 = most deprived)",
      "Listings",
      "Listings per 10,000 residents",
      "Provision rank (1 = least per head of 124)",
      "Per 10,000 compared with West Yorkshire (%)",
      "Residents more than 1 km from a listing (%)",
      "Residents more than 2 km from a listing (%)",
    ]);
    expect(rows).toHaveLength(15);
    // W01: 4,000 residents, score 59, rank 1, 2 choirs = 5.00 per 10,000 (with W03 the most of 15: provision
    // rank 14), 1,900% above 0.25, 62.5% / 0% beyond 1 / 2 km
    expect(rows.find((r) => r[0] === "W01")).toEqual([
      "W01",
      "Ward one",
      PLACE_A.code,
      "Aton",
      "4000",
      "59",
      "1",
      "1",
      "2",
      "5",
      "14",
      "1900",
      "62.5",
      "0",
    ]);
    // No LSOA in W04: the access cells are empty, not zero.
    expect(rows.find((r) => r[0] === "W04")!.slice(-2)).toEqual(["", ""]);
  });

  it("exports the gap list in rank order and follows the place filter", async () => {
    const { csv } = await exportInsightTable(
      { table: "gaps", filters: { ...choirs, place: PLACE_A.code as InsightsFilters["place"], verifiedOnly: true } },
      t.db,
    );
    expect(
      rowsOf(csv)
        .slice(1)
        .map((r) => [r[0], r[1]]),
    ).toEqual([
      ["1", "W01"],
      ["2", "W02"],
    ]);
  });

  it("exports the deprived and under-served wards: the gap list narrowed to the lowest provision fifth", async () => {
    const { csv } = await exportInsightTable({ table: "deprived-under-served", filters: choirs }, t.db);
    const [header, ...rows] = rowsOf(csv);
    expect(header!.slice(0, 2)).toEqual(["Gap rank", "Ward code"]);
    expect(header).toContain("Provision rank (1 = least per head of 124)");
    expect(rows.map((r) => [r[0], r[1]])).toEqual([["1", "W02"]]);
  });

  it("names the file after the table and the filters", () => {
    expect(filenameFor("gaps", { ...choirs, place: "E08000035", verifiedOnly: true })).toBe(
      "insights-gaps-singing-and-choirs-leeds-verified.csv",
    );
    expect(filenameFor("trend", { verifiedOnly: false, map: "provision" })).toBe("insights-trend-all-categories-west-yorkshire.csv");
  });

  it("exports every table without error, each with a header row", async () => {
    for (const table of INSIGHT_TABLES) {
      const { csv } = await exportInsightTable({ table, filters: choirs }, t.db);
      expect(csv.startsWith("\uFEFF"), table).toBe(true);
      expect(rowsOf(csv)[0]!.length, table).toBeGreaterThan(1);
    }
  });
});

describe("readUnmetDemand", () => {
  it("adds up searches by month, category, place and ward over the last 12 months, with names", async () => {
    const now = new Date("2026-05-10T12:00:00Z");
    const client = { address: "203.0.113.5", userAgent: "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0" };
    const search = { placeCode: PLACE_A.code, wardCode: "W02", categoryCodes: [CHOIRS], client };
    await recordUnmetDemand({ ...search, resultCount: 0, now }, t.db);
    await recordUnmetDemand({ ...search, resultCount: 2, now }, t.db);
    await recordUnmetDemand({ ...search, resultCount: 0, now: new Date("2026-04-02T12:00:00Z") }, t.db);
    await recordUnmetDemand({ placeCode: PLACE_B.code, wardCode: "W03", categoryCodes: [], resultCount: 1, now, client }, t.db);
    await recordUnmetDemand({ ...search, resultCount: 0, now: new Date("2025-05-31T12:00:00Z") }, t.db); // too old

    const demand = await readUnmetDemand({ now }, t.db);
    expect(demand.since).toBe("2025-06-01");
    expect(demand.byMonth).toEqual([
      { month: "2026-04-01", none: 1, few: 0, total: 1 },
      { month: "2026-05-01", none: 1, few: 2, total: 3 },
    ]);
    expect(demand.byCategory).toEqual([
      { categoryCode: CHOIRS, categoryName: "Singing and choirs", none: 2, few: 1, total: 3 },
      { categoryCode: "", categoryName: null, none: 0, few: 1, total: 1 },
    ]);
    expect(demand.byWard[0]).toEqual({
      wardCode: "W02",
      wardName: "Ward two",
      placeCode: PLACE_A.code,
      placeName: "Aton",
      none: 2,
      few: 1,
      total: 3,
    });

    // The finest grain: May 2026 × Aton × W02 × choirs holds 1 "none" and 1 "few".
    expect(demand.detail).toContainEqual({
      month: "2026-05-01",
      placeCode: PLACE_A.code,
      placeName: "Aton",
      wardCode: "W02",
      wardName: "Ward two",
      categoryCode: CHOIRS,
      categoryName: "Singing and choirs",
      none: 1,
      few: 1,
      total: 2,
    });
    expect(demand.detail).toHaveLength(3);

    const filtered = await readUnmetDemand({ category: CHOIRS, place: PLACE_B.code, now }, t.db);
    expect(filtered.byMonth).toEqual([]);

    // What the page reads: the same totals without the finest grain.
    expect(await readUnmetDemand({ now, detail: false }, t.db)).toEqual({ ...demand, detail: [] });
  });
});
