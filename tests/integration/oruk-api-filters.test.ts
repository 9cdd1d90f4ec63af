import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { roundHiddenCoordinate } from "@/lib/hidden-address";
import { ORIGIN, addService, clearListings, latNorth } from "../support/search-fixture";
import { callApi, useDatabase } from "../support/oruk-api";
import { expectOruk, expectOrukPage } from "../support/oruk-schemas";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The /api/v1 filters, paging and privacy on a hand-made directory around HX1 1AA (tests/support/search-fixture):
// every expected answer follows from the fixture below.

let t: TestDatabase;
const ids: Record<string, string> = {};
let leedsWard = "";
let homeLat = 0;
let orgId = "";

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  useDatabase(t);
  await clearListings(t.db);
  await t.db.$executeRaw`DELETE FROM organisation`;
  leedsWard = (await t.db.ward.findFirstOrThrow({ where: { placeCode: "E08000035" }, orderBy: { code: "asc" } })).code;
  const add = async (key: string, s: Parameters<typeof addService>[1]) => (ids[key] = await addService(t.db, s));
  await add("art", {
    name: "Near Art Group",
    km: 0.5,
    minimumAge: 16,
    verified: true,
    sessions: [{ byDay: "MO", opensAt: 600, closesAt: 720 }],
  });
  await add("singers", {
    name: "Middle Singers",
    km: 1.5,
    categories: ["singing-and-choirs"],
    audiences: ["older-people"],
    minimumAge: 18,
    sessions: [{ byDay: "TU", opensAt: 1140, closesAt: 1260 }],
  });
  await add("walkers", {
    name: "Far Walkers",
    km: 8,
    categories: ["walking-groups"],
    maximumAge: 12,
    sessions: [{ byDay: "SA", opensAt: 540, closesAt: 660 }],
  });
  homeLat = latNorth(0.3) + 0.001234;
  await add("home", {
    name: "Home Pottery",
    lat: homeLat,
    lng: ORIGIN.lng - 0.002345,
    hidden: true,
    sessions: [{ byDay: "WE", opensAt: 840, closesAt: 960 }],
  });
  await add("draft", { name: "Draft Dancers", km: 0.2, listingStatus: "draft", categories: ["walking-groups"] });
  await add("leeds", {
    name: "Leeds Choir",
    lat: 53.7997,
    lng: -1.5492,
    placeCode: "E08000035",
    wardCode: leedsWard,
    categories: ["singing-and-choirs"],
  });
  for (let i = 1; i <= 7; i++) await add(`paging${i}`, { name: `Paging Rambles ${i}`, km: 30, categories: ["walking-groups"] });

  // Contact details: the listing's own email is published; the organisation's email and its members' are not.
  const org = await t.db.organisation.create({
    data: { name: "Near Art Trust", email: "trust-office@private.example", charityNumber: "1234567" },
  });
  const user = await t.db.user.create({ data: { email: "provider-person@private.example", name: "Pat Provider" } });
  orgId = org.id;
  await t.db.membership.create({ data: { userId: user.id, organisationId: org.id } });
  await t.db.service.update({ where: { id: ids.art }, data: { organisationId: org.id, email: "hello@nearart.example" } });
  const hidden = await t.db.organisation.create({ data: { name: "Drafting Org", email: "draft@private.example" } });
  await t.db.service.update({ where: { id: ids.draft }, data: { organisationId: hidden.id } });
  await t.db.$executeRaw`UPDATE service SET updated_at = '2026-01-01T00:00:00Z'`;
  await t.db.$executeRaw`UPDATE service SET updated_at = '2026-06-01T00:00:00Z' WHERE id = ${ids.walkers}::uuid`;
});
afterAll(() => t?.drop());

const names = async (path: string) => {
  const { status, body } = await callApi(path);
  expect(status, JSON.stringify(body)).toBe(200);
  expectOrukPage(
    path.startsWith("/api/v1/service_at_locations") ? "compiled/service_at_location_list.json" : "compiled/service_list.json",
    body,
  );
  return body.contents.map((s: { name?: string; service?: { name: string } }) => s.name ?? s.service!.name);
};

describe("GET /api/v1/services filters", () => {
  it("searches text with the same typo-tolerant search as /search", async () => {
    expect(await names("/api/v1/services?search=singers")).toEqual(["Middle Singers"]);
    expect(await names("/api/v1/services?search=singres")).toEqual(["Middle Singers"]);
    // A category's name is searched too, as on /search.
    expect(await names("/api/v1/services?search=choirs")).toEqual(["Leeds Choir", "Middle Singers"]);
  });

  it("filters by taxonomy term (on the service or its venue) and by taxonomy", async () => {
    const terms = await t.db.taxonomyTerm.findMany({ include: { taxonomy: true } });
    const art = terms.find((x) => x.code === "visual-arts" && x.taxonomy.slug === "category")!;
    expect(await names(`/api/v1/services?taxonomy_term_id=${art.id}`)).toEqual(["Home Pottery", "Near Art Group"]);
    expect(await names(`/api/v1/services?taxonomy_id=${art.taxonomy.id}&per_page=100`)).toHaveLength(12);
    const audience = terms.find((x) => x.taxonomy.slug === "audience")!.taxonomyId;
    expect(await names(`/api/v1/services?taxonomy_id=${audience}`)).toEqual(["Middle Singers"]);
  });

  it("filters by minimum and maximum age as the standard says", async () => {
    expect(await names("/api/v1/services?minimum_age=18")).toEqual(["Middle Singers"]);
    expect(await names("/api/v1/services?minimum_age=16")).toEqual(["Middle Singers", "Near Art Group"]);
    expect(await names("/api/v1/services?maximum_age=12")).toEqual(["Far Walkers"]);
  });

  it("filters by day and by start and end times of the sessions", async () => {
    expect(await names("/api/v1/services?day=TU")).toEqual(["Middle Singers"]);
    expect(await names("/api/v1/services?day=saturday")).toEqual(["Far Walkers"]);
    expect(await names("/api/v1/services?start_time=18:00")).toEqual(["Middle Singers"]);
    expect(await names("/api/v1/services?end_time=12:00")).toEqual(["Far Walkers", "Near Art Group"]);
    expect(await names("/api/v1/services?day=MO&start_time=09:00&end_time=12:00")).toEqual(["Near Art Group"]);
    expect(await names("/api/v1/services?day=MO&start_time=10:30")).toEqual([]);
  });

  it("filters by modified_after, using the real last change", async () => {
    expect(await names("/api/v1/services?modified_after=2026-03-01T00:00:00Z")).toEqual(["Far Walkers"]);
    const { body } = await callApi(`/api/v1/services/${ids.walkers}`);
    expect(body.last_modified).toBe("2026-06-01T00:00:00.000Z");
  });

  it("filters near a postcode within a proximity in metres, nearest first, hidden addresses by their rounded point", async () => {
    expect(await names("/api/v1/services?postcode=HX1%201AA&proximity=1000")).toEqual(["Near Art Group", "Home Pottery"]);
    expect(await names("/api/v1/services?postcode=hx11aa&proximity=2000")).toEqual(["Near Art Group", "Home Pottery", "Middle Singers"]);
    expect(await names("/api/v1/services?postcode=HX1%201AA")).toEqual(["Near Art Group", "Home Pottery", "Middle Singers"]);
  });

  it("filters by place (LAD code) and ward", async () => {
    expect(await names("/api/v1/services?place=E08000035")).toEqual(["Leeds Choir"]);
    expect(await names(`/api/v1/services?ward=${leedsWard}`)).toEqual(["Leeds Choir"]);
    expect(await names("/api/v1/services?place=E08000033&search=singers")).toEqual(["Middle Singers"]);
  });
});

describe("paging", () => {
  const page = async (query: string) => {
    const { status, body } = await callApi(`/api/v1/services?${query}`);
    expect(status).toBe(200);
    expect(body.size).toBe(body.contents.length);
    return body;
  };

  it("never lies at the edges: first, middle, last, beyond the end", async () => {
    const first = await page("per_page=5");
    expect(first).toMatchObject({
      total_items: 12,
      total_pages: 3,
      page_number: 1,
      size: 5,
      first_page: true,
      last_page: false,
      empty: false,
    });
    const middle = await page("per_page=5&page=2");
    expect(middle).toMatchObject({ page_number: 2, size: 5, first_page: false, last_page: false, empty: false });
    const last = await page("per_page=5&page=3");
    expect(last).toMatchObject({ page_number: 3, size: 2, first_page: false, last_page: true, empty: false });
    const beyond = await page("per_page=5&page=4");
    expect(beyond).toMatchObject({
      total_items: 12,
      page_number: 4,
      size: 0,
      first_page: false,
      last_page: false,
      empty: true,
      contents: [],
    });
    const all = [...first.contents, ...middle.contents, ...last.contents].map((s: { id: string }) => s.id);
    expect(new Set(all).size).toBe(12);
  });

  it("pages of 1 and of 100, and 50 by default", async () => {
    const one = await page("per_page=1&page=12");
    expect(one).toMatchObject({ total_pages: 12, size: 1, last_page: true, first_page: false });
    expect(await page("per_page=100")).toMatchObject({ total_pages: 1, size: 12, first_page: true, last_page: true });
    expect(await page("")).toMatchObject({ total_pages: 1, size: 12 });
    expect(await page("search=nothing-like-this")).toMatchObject({
      total_items: 0,
      total_pages: 0,
      size: 0,
      first_page: true,
      last_page: true,
      empty: true,
    });
  });
});

describe("bad parameters", () => {
  it.each([
    ["page=0", "page"],
    ["page=abc", "page"],
    ["page=1&page=2", "page"],
    ["per_page=0", "per_page"],
    ["per_page=101", "per_page"],
    ["taxonomy_term_id=42", "taxonomy_term_id"],
    ["taxonomy_id=nope", "taxonomy_id"],
    ["minimum_age=-1", "minimum_age"],
    ["maximum_age=old", "maximum_age"],
    ["day=XX", "day"],
    ["start_time=25:00", "start_time"],
    ["end_time=noon", "end_time"],
    ["modified_after=yesterday", "modified_after"],
    ["postcode=hello", "postcode"],
    ["postcode=ZZ99%209ZZ", "postcode"],
    ["proximity=1000", "proximity"],
    ["postcode=HX1%201AA&proximity=10", "proximity"],
    ["postcode=HX1%201AA&proximity=far", "proximity"],
    ["place=E09999999", "place"],
    ["ward=abc", "ward"],
    ["ward=E05999999", "ward"],
    [`search=${"x".repeat(201)}`, "search"],
  ])("%s → 400 naming %s", async (query, parameter) => {
    const { status, body, headers } = await callApi(`/api/v1/services?${query}`);
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: "bad_request", parameter, message: expect.stringContaining(parameter) });
    expect(headers.get("access-control-allow-origin")).toBe("*");
  });

  it("checks the parameters of the other lists too", async () => {
    expect((await callApi("/api/v1/service_at_locations?proximity=500")).body.parameter).toBe("proximity");
    expect((await callApi("/api/v1/taxonomy_terms?taxonomy_id=x")).body.parameter).toBe("taxonomy_id");
    expect((await callApi("/api/v1/organizations?per_page=1000")).status).toBe(400);
    expect((await callApi("/api/v1/taxonomies?page=-3")).status).toBe(400);
  });
});

describe("only published data, hidden addresses hidden", () => {
  it("leaves drafts and their organisations out", async () => {
    expect(await names("/api/v1/services?search=dancers")).toEqual([]);
    expect((await callApi(`/api/v1/services/${ids.draft}`)).status).toBe(404);
    const sal = await t.db.serviceAtLocation.findFirstOrThrow({ where: { serviceId: ids.draft } });
    expect((await callApi(`/api/v1/service_at_locations/${sal.id}`)).status).toBe(404);
    const orgs = (await callApi("/api/v1/organizations")).body;
    expect(orgs.contents.map((o: { name: string }) => o.name)).toEqual(["Near Art Trust"]);
    const draftOrg = await t.db.organisation.findFirstOrThrow({ where: { name: "Drafting Org" } });
    expect((await callApi(`/api/v1/organizations/${draftOrg.id}`)).status).toBe(404);
  });

  it("shows a home address as its area and a rounded point only, everywhere", async () => {
    const home = await t.db.location.findFirstOrThrow({ where: { name: "Home Pottery" } });
    const sal = await t.db.serviceAtLocation.findFirstOrThrow({ where: { serviceId: ids.home } });
    const answers = [
      (await callApi(`/api/v1/services/${ids.home}`)).body,
      (await callApi(`/api/v1/service_at_locations/${sal.id}`)).body,
      (await callApi("/api/v1/service_at_locations?postcode=HX1%201AA&proximity=1000")).body.contents.find(
        (x: { service_id: string }) => x.service_id === ids.home,
      ),
    ];
    expectOruk("compiled/service.json", answers[0]);
    expectOruk("compiled/service_at_location.json", answers[1]);
    for (const answer of answers) {
      const text = JSON.stringify(answer);
      expect(text).not.toContain("1 Test Street");
      expect(text).not.toContain("HX1 1AA");
      expect(text).not.toContain(String(home.lat));
      expect(text).not.toContain(String(home.lng));
    }
    const location = answers[0].service_at_locations[0].location;
    expect(location).toMatchObject({
      latitude: roundHiddenCoordinate(homeLat),
      longitude: roundHiddenCoordinate(home.lng!),
      addresses: [],
    });
    expect(location.name).toMatch(/^Home-based, in /);
    expect(answers[1].location).toEqual(location);
    expect(answers[2].location).toEqual(location);
  });

  it("shows a venue's full address when it is not hidden", async () => {
    const { body } = await callApi(`/api/v1/services/${ids.art}`);
    expect(body.service_at_locations[0].location.addresses[0]).toMatchObject({
      address_1: "1 Test Street",
      city: "Halifax",
      postal_code: "HX1 1AA",
      country: "GB",
    });
  });

  it("publishes the listing's own email, never the organisation's or its people's", async () => {
    const answers = [
      (await callApi(`/api/v1/services/${ids.art}`)).body,
      (await callApi("/api/v1/services?per_page=100")).body,
      (await callApi("/api/v1/organizations")).body,
      (await callApi(`/api/v1/organizations/${orgId}`)).body,
    ];
    expect(answers[0].email).toBe("hello@nearart.example");
    expect(answers[0].assured_date).toBe("2026-10-01");
    expect(answers[0].organization.organization_identifiers[0]).toMatchObject({ identifier_scheme: "GB-CHC", identifier: "1234567" });
    for (const answer of answers) expect(JSON.stringify(answer)).not.toMatch(/private\.example/);
  });
});

describe("GET /api/v1/service_at_locations", () => {
  it("filters by postcode and proximity, nearest first, and by taxonomy term", async () => {
    expect(await names("/api/v1/service_at_locations?postcode=HX1%201AA&proximity=1000")).toEqual(["Near Art Group", "Home Pottery"]);
    const art = await t.db.taxonomyTerm.findFirstOrThrow({ where: { code: "visual-arts", taxonomy: { slug: "category" } } });
    expect((await names(`/api/v1/service_at_locations?taxonomy_term_id=${art.id}`)).sort()).toEqual(["Home Pottery", "Near Art Group"]);
    expect(await names("/api/v1/service_at_locations?per_page=100")).toHaveLength(12);
  });
});
