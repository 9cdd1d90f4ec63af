import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSearchParams, PAGE_SIZE } from "@/lib/validation/search";
import { searchServices, type SearchOutcome } from "@/server/search/search-services";
import { ORIGIN, addService, clearListings } from "../support/search-fixture";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// Fact filters on real Postgres (ADR 0009: no service_fact row = not stated): a stated match first, a listing
// that does not say after it (counted), a stated mismatch left out. Every answer follows from the fixture,
// north of HX1 1AA.

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  await clearListings(t.db);
  const add = (s: Parameters<typeof addService>[1]) => addService(t.db, s);
  // Confirmed by its provider (verified): free, Tuesday mornings, step-free.
  await add({
    name: "Confirmed Choir",
    km: 1,
    verified: true,
    isFree: true,
    accessTypes: ["drop_in"],
    accessibility: ["step-free-access"],
    sessions: [{ byDay: "TU", opensAt: 600, closesAt: 720 }],
  });
  // The same facts from open data, nearer.
  await add({
    name: "Open Data Walk",
    km: 0.5,
    isFree: true,
    accessTypes: ["drop_in"],
    accessibility: ["step-free-access"],
    sessions: [{ byDay: "TU", opensAt: 570, closesAt: 690 }],
  });
  // Says it charges, runs on Wednesdays, has a hearing loop only, needs booking: left out by each filter.
  await add({
    name: "Charging Pottery",
    km: 0.3,
    isFree: false,
    fees: "£5 a session",
    accessTypes: ["booking"],
    accessibility: ["hearing-loop"],
    sessions: [{ byDay: "WE", opensAt: 600, closesAt: 720 }],
  });
  // Says nothing: no fact rows at all.
  await add({ name: "Unknown Art", km: 0.2 });
  // Free, usual for its kind of place; its opening hours only as words (a schedule row with no sessions).
  await add({ name: "Hours In Words Park", km: 0.8, isFree: true, facts: { cost: "usual", schedule: "imported" } });
});
afterAll(() => t?.drop());

async function search(params: Record<string, string | string[]>) {
  const { query, problems } = parseSearchParams({ postcode: ORIGIN.postcode, radius: "5", ...params });
  expect(problems).toEqual([]);
  return searchServices({ query }, t.db);
}
const stated = (o: SearchOutcome) => o.results.filter((r) => r.unstated.length === 0).map((r) => r.name);
const unstated = (o: SearchOutcome) => o.results.filter((r) => r.unstated.length > 0).map((r) => [r.name, r.unstated]);

describe("fact filters: stated matches first, then not stated, stated mismatches left out", () => {
  it("free: confirmed and open-data free first (nearest first), then cost not stated; a charge is left out", async () => {
    const out = await search({ free: "1" });
    expect(out.results.map((r) => r.name)).toEqual(["Open Data Walk", "Hours In Words Park", "Confirmed Choir", "Unknown Art"]);
    expect(stated(out)).toEqual(["Open Data Walk", "Hours In Words Park", "Confirmed Choir"]);
    expect(unstated(out)).toEqual([["Unknown Art", ["cost"]]]);
    expect(out.total).toBe(4);
    expect(out.factTiers).toEqual({ confirmed: 1, openData: 2, unstated: 1 });
    const choir = out.results.find((r) => r.name === "Confirmed Choir")!;
    expect(choir.statedFacts.map((p) => [p.fact, p.state, p.sources])).toEqual([["cost", "confirmed", ["provider"]]]);
    expect(out.results.find((r) => r.name === "Hours In Words Park")!.statedFacts.map((p) => p.state)).toEqual(["usual"]);
    // The map still shows every listing, numbered as in the list.
    expect(out.points.map((p) => p[3])).toEqual(out.results.map((r) => r.name));
  });

  it("day and time: sessions on Tuesday mornings first; no sessions, or hours only in words, are not stated; Wednesdays are left out", async () => {
    const out = await search({ day: "tue", time: "morning" });
    expect(stated(out)).toEqual(["Open Data Walk", "Confirmed Choir"]);
    expect(unstated(out)).toEqual([
      ["Unknown Art", ["schedule"]],
      ["Hours In Words Park", ["schedule"]],
    ]);
    expect(out.factTiers).toEqual({ confirmed: 1, openData: 1, unstated: 2 });
    expect((await search({ day: "wed" })).results.map((r) => r.name)).toEqual(["Charging Pottery", "Unknown Art", "Hours In Words Park"]);
  });

  it("accessibility: step-free stated first; no accessibility stated after; a venue that states other features only is left out", async () => {
    const out = await search({ accessibility: "step-free-access" });
    expect(stated(out)).toEqual(["Open Data Walk", "Confirmed Choir"]);
    expect(unstated(out)).toEqual([
      ["Unknown Art", ["accessibility"]],
      ["Hours In Words Park", ["accessibility"]],
    ]);
    expect(out.factTiers).toEqual({ confirmed: 1, openData: 1, unstated: 2 });
  });

  it("how to join: drop in stated first; booking needed is left out", async () => {
    const out = await search({ access: "drop_in" });
    expect(stated(out)).toEqual(["Open Data Walk", "Confirmed Choir"]);
    expect(unstated(out).map(([name]) => name)).toEqual(["Unknown Art", "Hours In Words Park"]);
  });

  it("several: a stated match states them all; each not-stated result says which are unknown, fewest unknowns first", async () => {
    const out = await search({ day: "tue", time: "morning", free: "1", accessibility: "step-free-access" });
    expect(stated(out)).toEqual(["Open Data Walk", "Confirmed Choir"]);
    // The park (free stated, 0.8 km) before the nearer listing that states nothing (0.2 km).
    expect(unstated(out)).toEqual([
      ["Hours In Words Park", ["schedule", "accessibility"]],
      ["Unknown Art", ["cost", "schedule", "accessibility"]],
    ]);
    expect(out.factTiers).toEqual({ confirmed: 1, openData: 1, unstated: 2 });
  });

  it("without fact filters there are no groups", async () => {
    const out = await search({});
    expect(out.factTiers).toBeNull();
    expect(out.results.every((r) => r.unstated.length === 0)).toBe(true);
    expect(out.total).toBe(5);
  });
});

describe("fact filters: paging across the boundary", () => {
  beforeAll(async () => {
    for (let i = 0; i < 22; i++)
      await addService(t.db, { name: `Unknown Band ${String(i).padStart(2, "0")}`, km: 2 + i * 0.05, categories: ["music-making"] });
    await addService(t.db, { name: "Free Far Band", km: 4, isFree: true, categories: ["music-making"] });
    await addService(t.db, { name: "Free Farther Band", km: 4.5, isFree: true, verified: true, categories: ["music-making"] });
  });

  it("pages through the stated matches, then the not stated, each position once", async () => {
    const page1 = await search({ category: "music-making", free: "1" });
    const page2 = await search({ category: "music-making", free: "1", page: "2" });
    expect(page1.total).toBe(24);
    expect(page1.pageCount).toBe(2);
    expect(page1.factTiers).toEqual({ confirmed: 1, openData: 1, unstated: 22 });
    expect(page1.results).toHaveLength(PAGE_SIZE);
    expect(page1.results.slice(0, 2).map((r) => r.name)).toEqual(["Free Far Band", "Free Farther Band"]);
    expect(page1.results.slice(2).every((r) => r.unstated.length === 1)).toBe(true);
    expect(page2.results.map((r) => r.position)).toEqual([21, 22, 23, 24]);
    expect(page2.results.every((r) => r.unstated.length === 1)).toBe(true);
    const all = [...page1.results, ...page2.results].map((r) => r.name);
    expect(new Set(all).size).toBe(24);
    expect(all.slice(2)).toEqual([...Array(22).keys()].map((i) => `Unknown Band ${String(i).padStart(2, "0")}`));
    expect(page1.points).toHaveLength(24);
  });
});
