import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSearchParams } from "@/lib/validation/search";
import { WEEKDAYS } from "@/lib/vocabulary";
import { searchServices } from "@/server/search/search-services";
import { ORIGIN, addService, clearListings, latNorth } from "../support/search-fixture";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The search use case on real Postgres with a hand-made directory north of HX1 1AA: every expected answer
// below follows from the fixture.

let t: TestDatabase;
const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
const inAMonthSlug = WEEKDAYS[(new Date(`${inAMonth}T12:00:00Z`).getUTCDay() + 6) % 7]!.slug;

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  await clearListings(t.db);
  const add = (s: Parameters<typeof addService>[1]) => addService(t.db, s);
  await add({
    name: "Near Art Group",
    km: 0.5,
    categories: ["visual-arts"],
    isFree: true,
    accessTypes: ["drop_in"],
    sessions: [{ byDay: "MO", opensAt: 600, closesAt: 720 }],
  });
  await add({
    name: "Middle Singers",
    km: 1.5,
    categories: ["singing-and-choirs"],
    minimumAge: 18,
    accessTypes: ["booking"],
    audiences: ["older-people"],
    needs: ["loneliness-and-isolation"],
    sessions: [{ byDay: "TU", opensAt: 1140, closesAt: 1260 }],
  });
  await add({
    name: "Edge In Walkers",
    km: 1.95,
    categories: ["walking-groups"],
    accessibility: ["step-free-access", "accessible-toilet"],
    verified: true,
  });
  await add({ name: "Edge Out Walkers", km: 2.05, categories: ["walking-groups"], accessibility: ["step-free-access"] });
  await add({
    name: "Far Pottery",
    km: 3,
    categories: ["crafts-and-making"],
    maximumAge: 11,
    attendingTypes: ["in_person", "online"],
    sessions: [{ date: inAMonth, opensAt: 840, closesAt: 960 }],
  });
  await add({
    name: "Leeds Drama",
    lat: 53.8,
    lng: -1.55,
    placeCode: "E08000035",
    wardCode: null,
    categories: ["theatre-and-performance"],
  });
  await add({ name: "Phone Friends", noVenue: true, attendingTypes: ["phone"], categories: ["community-centres-and-social-groups"] });
});
afterAll(() => t?.drop());

async function search(params: Record<string, string | string[]>) {
  const { query, problems } = parseSearchParams(params);
  expect(problems).toEqual([]);
  return searchServices({ query }, t.db);
}
const names = (o: Awaited<ReturnType<typeof search>>) => o.results.map((r) => r.name);

describe("searchServices: distance", () => {
  it("orders by distance from the postcode and shows it", async () => {
    const out = await search({ postcode: ORIGIN.postcode, radius: "10" });
    expect(names(out)).toEqual(["Near Art Group", "Middle Singers", "Edge In Walkers", "Edge Out Walkers", "Far Pottery"]);
    expect(out.results[0]!.distanceM).toBeCloseTo(500, -1);
    expect(out.results[4]!.distanceM).toBeCloseTo(3000, -1);
    expect(out.total).toBe(5);
    expect(out.points.map((p) => p[3])).toEqual(names(out));
    expect(out.area).toEqual({ placeCode: ORIGIN.placeCode, wardCode: "E05001386" });
  });

  it("adds phone and online activities with no venue, last, when the search asks for them", async () => {
    const out = await search({ postcode: ORIGIN.postcode, radius: "10", attendance: ["phone", "in_person"] });
    expect(names(out).at(-1)).toBe("Phone Friends");
    expect(out.results.at(-1)!.distanceM).toBeNull();
    expect(out.points.map((p) => p[3])).not.toContain("Phone Friends");
  });

  it("keeps what is inside the radius and drops what is just outside it", async () => {
    const out = await search({ postcode: ORIGIN.postcode, radius: "2" });
    expect(names(out)).toContain("Edge In Walkers");
    expect(names(out)).not.toContain("Edge Out Walkers");
  });

  it("searches a map area instead of the radius when one is given", async () => {
    const north = ORIGIN.lat + 0.02; // about 2.2 km
    const out = await search({ bbox: `${ORIGIN.lng - 0.01},${ORIGIN.lat + 0.012},${ORIGIN.lng + 0.01},${north}` });
    expect(names(out).sort()).toEqual(["Edge In Walkers", "Edge Out Walkers", "Middle Singers"]);
  });

  it("counts further out when nothing is near: no results within 1 km; 1 within 2 km", async () => {
    const out = await search({ postcode: ORIGIN.postcode, radius: "1", category: "singing-and-choirs" });
    expect(out.total).toBe(0);
    expect(out.wider).toEqual([
      { radiusKm: 2, count: 1 },
      { radiusKm: 5, count: 1 },
      { radiusKm: 10, count: 1 },
    ]);
  });

  it("says so when the postcode is not in West Yorkshire, and does not search", async () => {
    const { query } = parseSearchParams({ postcode: "SW1A 1AA" });
    const out = await searchServices({ query }, t.db);
    expect(out.searched).toBe(false);
    expect(out.problems).toEqual([{ field: "postcode", message: expect.stringContaining("could not find SW1A 1AA in West Yorkshire") }]);
  });

  it("ignores an unknown ward with a message", async () => {
    const { query } = parseSearchParams({ ward: "E05999999", category: "walking-groups" });
    const out = await searchServices({ query }, t.db);
    expect(out.problems.map((p) => p.field)).toEqual(["ward"]);
    expect(out.total).toBe(2);
  });
});

describe("searchServices: each filter", () => {
  const cases: Array<[string, Record<string, string | string[]>, string[]]> = [
    [
      "category (any of several)",
      { category: ["walking-groups", "crafts-and-making"] },
      ["Edge In Walkers", "Edge Out Walkers", "Far Pottery"],
    ],
    ["weekly session on a day", { day: "tue" }, ["Middle Singers", ...(inAMonthSlug === "tue" ? ["Far Pottery"] : [])]],
    [
      "dated event on that weekday",
      { day: inAMonthSlug },
      ["Far Pottery", ...(inAMonthSlug === "mon" ? ["Near Art Group"] : []), ...(inAMonthSlug === "tue" ? ["Middle Singers"] : [])],
    ],
    ["time of day", { time: "evening" }, ["Middle Singers"]],
    ["morning", { time: "morning" }, ["Near Art Group"]],
    ["free only", { free: "1" }, ["Near Art Group"]],
    [
      "age fits min and max: 10",
      { age: "10" },
      ["Edge In Walkers", "Edge Out Walkers", "Far Pottery", "Leeds Drama", "Near Art Group", "Phone Friends"],
    ],
    [
      "age fits min and max: 30",
      { age: "30" },
      ["Edge In Walkers", "Edge Out Walkers", "Leeds Drama", "Middle Singers", "Near Art Group", "Phone Friends"],
    ],
    ["audience", { audience: "older-people" }, ["Middle Singers"]],
    ["helps with (need)", { need: "loneliness-and-isolation" }, ["Middle Singers"]],
    ["helps with: any of several", { need: ["dementia", "loneliness-and-isolation"] }, ["Middle Singers"]],
    ["helps with: nobody says so", { need: "carers" }, []],
    ["accessibility: all chosen must be present", { accessibility: ["step-free-access", "accessible-toilet"] }, ["Edge In Walkers"]],
    ["accessibility: one", { accessibility: "step-free-access" }, ["Edge In Walkers", "Edge Out Walkers"]],
    ["attendance", { attendance: ["online", "phone"] }, ["Far Pottery", "Phone Friends"]],
    ["access", { access: "drop_in" }, ["Near Art Group"]],
    ["verified only", { unverified: "0" }, ["Edge In Walkers"]],
    ["place", { place: "E08000035" }, ["Leeds Drama"]],
    ["ward", { ward: "E05001386" }, ["Edge In Walkers", "Edge Out Walkers", "Far Pottery", "Middle Singers", "Near Art Group"]],
  ];
  // The listings that state a match (free, day and time, accessibility and how to join also list those that do
  // not say, after them: search-unstated-facts.test.ts).
  it.each(cases)("%s", async (_label, params, expected) => {
    const out = await search(params);
    expect(
      out.results
        .filter((r) => r.unstated.length === 0)
        .map((r) => r.name)
        .sort(),
    ).toEqual([...new Set(expected)].sort());
  });

  it("combines filters (AND across filters)", async () => {
    const out = await search({ postcode: ORIGIN.postcode, radius: "5", category: "walking-groups", accessibility: "accessible-toilet" });
    expect(names(out)).toEqual(["Edge In Walkers"]);
  });
});

describe("searchServices: distance to where it happens", () => {
  // The shape: a provider's hidden home venue 320 m away with nothing on, and the one session 2.1 km
  // away at a church hall. The listing is 2.1 km away, at the church hall, and not within 1 km.
  it("measures to the venue that hosts a session, never to a home venue with no sessions", async () => {
    const id = await addService(t.db, { name: "Knit and Natter At Home", km: 0.32, hidden: true, categories: ["crafts-and-making"] });
    const hall = await t.db.location.create({
      data: {
        name: "St Mary's Church Hall",
        address1: "2 Church Lane",
        city: "Halifax",
        postcode: "HX1 1AA",
        lat: latNorth(2.1),
        lng: ORIGIN.lng,
        placeCode: ORIGIN.placeCode,
        wardCode: "E05001386",
      },
    });
    const sal = await t.db.serviceAtLocation.create({ data: { serviceId: id, locationId: hall.id } });
    await t.db.schedule.create({
      data: { serviceId: id, serviceAtLocationId: sal.id, freq: "WEEKLY", interval: 1, byDay: "WE", opensAt: 600, closesAt: 720 },
    });
    try {
      const extras: Array<Record<string, string>> = [{}, { category: "crafts-and-making" }, { q: "natter" }];
      for (const extra of extras) {
        const near = await search({ postcode: ORIGIN.postcode, radius: "5", ...extra });
        const knit = near.results.find((r) => r.name === "Knit and Natter At Home")!;
        expect(knit.distanceM, JSON.stringify(extra)).toBeCloseTo(2100, -1);
        expect([knit.lat, knit.lng]).toEqual([hall.lat, hall.lng]);
        expect(near.points.find((p) => p[0] === id)!.slice(1, 3)).toEqual([hall.lat, hall.lng]);
        const close = await search({ postcode: ORIGIN.postcode, radius: "1", ...extra });
        expect(names(close), JSON.stringify(extra)).not.toContain("Knit and Natter At Home");
      }
      // Without a postcode the map point is the church hall too.
      const anywhere = await search({ q: "natter" });
      expect(anywhere.points.map((p) => p.slice(1, 3))).toEqual([[hall.lat, hall.lng]]);
    } finally {
      await t.db.service.delete({ where: { id } });
      await t.db.location.deleteMany({ where: { name: { in: ["Knit and Natter At Home", "St Mary's Church Hall"] } } });
    }
  });

  it("uses every venue when the sessions name none", async () => {
    const id = await addService(t.db, { name: "Two Hall Quiz", km: 0.7, categories: ["crafts-and-making"] });
    const second = await t.db.location.create({
      data: { name: "Far Hall", lat: latNorth(4), lng: ORIGIN.lng, placeCode: ORIGIN.placeCode, wardCode: "E05001386" },
    });
    await t.db.serviceAtLocation.create({ data: { serviceId: id, locationId: second.id } });
    await t.db.schedule.create({ data: { serviceId: id, freq: "WEEKLY", interval: 1, byDay: "TH", opensAt: 1140, closesAt: 1260 } });
    try {
      const out = await search({ postcode: ORIGIN.postcode, radius: "5", q: "quiz" });
      expect(out.results.map((r) => [r.name, Math.round(r.distanceM! / 100)])).toEqual([["Two Hall Quiz", 7]]);
    } finally {
      await t.db.service.delete({ where: { id } });
      await t.db.location.deleteMany({ where: { name: { in: ["Two Hall Quiz", "Far Hall"] } } });
    }
  });
});

describe("searchServices: pages", () => {
  it("shows the last page when asked for one past the end", async () => {
    const out = await search({ category: "walking-groups", page: "7" });
    expect(out.page).toBe(1);
    expect(out.pageCount).toBe(1);
    expect(out.results).toHaveLength(2);
  });
});
