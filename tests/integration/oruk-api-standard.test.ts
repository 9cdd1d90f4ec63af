import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readApiExamples } from "@/server/oruk/read-api-examples";
import { callApi, useDatabase } from "../support/oruk-api";
import { expectOruk, expectOrukPage } from "../support/oruk-schemas";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// Every /api/v1 endpoint on the real West Yorkshire seed, checked against the Open Referral UK 3.0 JSON schemas
// (tests/fixtures/oruk-3.0): the real data's variety (imported venues, websites, emails, sessions) is what
// catches a field the standard would refuse.

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  useDatabase(t);
  // The seed is open data only, with no organisations: give three of its listings one, as a provider would.
  const org = await t.db.organisation.create({ data: { name: "Test Arts Trust", website: "example.org", charityNumber: "1100001" } });
  const some = await t.db.service.findMany({
    where: { listingStatus: "published" },
    orderBy: { id: "asc" },
    take: 3,
    select: { id: true },
  });
  await t.db.service.updateMany({ where: { id: { in: some.map((x) => x.id) } }, data: { organisationId: org.id } });
});
afterAll(() => t?.drop());

describe("the Open Referral UK API on the real seed", () => {
  it("says what it is, with an absolute link to an OpenAPI document generated from the zod schemas", async () => {
    const { status, body, headers } = await callApi("/api/v1/");
    expect(status).toBe(200);
    expect(headers.get("access-control-allow-origin")).toBe("*");
    expect(body).toEqual({
      version: "HSDS-UK-3.0",
      profile: expect.stringMatching(/^https:\/\//),
      openapi_url: expect.any(String),
      licenses: expect.any(Array),
      license_notes: expect.any(Array),
      exports: {
        services_csv: expect.stringMatching(/\/api\/v1\/export\/services\.csv$/),
        hsds_zip: expect.stringMatching(/\/hsds\.zip$/),
      },
    });
    expect(body.licenses.map((l: { name: string }) => l.name)).toEqual(["ODbL-1.0", "OGL-UK-3.0", "CC-BY-4.0"]);
    expect(body.licenses[0].attribution).toBe("© OpenStreetMap contributors, ODbL 1.0");
    const openapiUrl = new URL(body.openapi_url);
    expect(openapiUrl.pathname).toBe("/api/v1/openapi.json");
    const doc = (await callApi(openapiUrl.pathname)).body;
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/services", "/services/{id}", "/service_at_locations/{id}", "/organizations", "/taxonomy_terms/{id}"]),
    );
    expect(doc.paths["/services"].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining([
        "page",
        "per_page",
        "search",
        "taxonomy_term_id",
        "day",
        "start_time",
        "modified_after",
        "postcode",
        "proximity",
        "place",
        "ward",
      ]),
    );
    expect(doc.components.schemas.Service.properties.service_at_locations).toBeDefined();
  });

  it("lists services in pages that match the standard, and every service in full matches it too", async () => {
    const first = await callApi("/api/v1/services?per_page=100");
    expect(first.status).toBe(200);
    expectOrukPage("compiled/service_list.json", first.body);
    expect(first.body.size).toBe(100);
    const published = await t.db.service.count({ where: { listingStatus: "published" } });
    expect(first.body.total_items).toBe(published);
    for (const s of first.body.contents) {
      const one = await callApi(`/api/v1/services/${s.id}`);
      expect(one.status).toBe(200);
      expectOruk("compiled/service.json", one.body);
      expect(one.body.last_modified).toBe(s.last_modified);
    }
  });

  it("gives a service's other names as alternate_name, and finds it by them", async () => {
    const found = await callApi(`/api/v1/services?search=${encodeURIComponent("Leeds City Art Gallery")}`);
    expect(found.status).toBe(200);
    expectOrukPage("compiled/service_list.json", found.body);
    expect(found.body.contents[0]).toMatchObject({ name: "Leeds Art Gallery", alternate_name: "Leeds City Art Gallery" });
    const one = await callApi(`/api/v1/services/${found.body.contents[0].id}`);
    expectOruk("compiled/service.json", one.body);
    expect(one.body.alternate_name).toBe("Leeds City Art Gallery");
    const without = await t.db.service.findFirstOrThrow({
      where: { listingStatus: "published", alternateName: null },
      select: { id: true },
    });
    expect((await callApi(`/api/v1/services/${without.id}`)).body).not.toHaveProperty("alternate_name");
  });

  it("gives venues, organisations and vocabularies in the standard's shapes", async () => {
    const sals = await callApi("/api/v1/service_at_locations?per_page=30");
    expect(sals.body.size).toBe(30);
    expectOrukPage("compiled/service_at_location_list.json", sals.body);
    for (const x of sals.body.contents.slice(0, 10))
      expectOruk("compiled/service_at_location.json", (await callApi(`/api/v1/service_at_locations/${x.id}`)).body);

    const orgs = await callApi("/api/v1/organizations?per_page=20");
    expect(orgs.status).toBe(200);
    expectOrukPage("compiled/organization_list.json", orgs.body);
    expect(orgs.body.total_items).toBe(1);
    for (const o of orgs.body.contents) {
      const one = await callApi(`/api/v1/organizations/${o.id}`);
      expectOruk("compiled/organization.json", one.body);
      expect(one.body.services).toHaveLength(3);
      expect(one.body.website).toBe("https://example.org/");
    }

    const taxonomies = await callApi("/api/v1/taxonomies");
    expectOrukPage("taxonomy.json", taxonomies.body);
    expect(taxonomies.body.contents.map((x: { name: string }) => x.name).length).toBe(4);
    for (const x of taxonomies.body.contents) {
      const one = await callApi(`/api/v1/taxonomies/${x.id}`);
      expectOruk("taxonomy.json", one.body);
      expect(one.body.taxonomy_terms.length).toBeGreaterThan(0);
      for (const term of one.body.taxonomy_terms) expectOruk("taxonomy_term.json", term);
    }
    const terms = await callApi("/api/v1/taxonomy_terms?per_page=100");
    expectOrukPage("taxonomy_term.json", terms.body);
    expectOruk("taxonomy_term.json", (await callApi(`/api/v1/taxonomy_terms/${terms.body.contents[0].id}`)).body);
  });

  it("has real ids for the example links of /developers", async () => {
    const ids = await readApiExamples(t.db);
    for (const path of [
      `/api/v1/services/${ids.serviceId}`,
      `/api/v1/service_at_locations/${ids.serviceAtLocationId}`,
      `/api/v1/organizations/${ids.organizationId}`,
      `/api/v1/taxonomy_terms/${ids.termId}`,
    ])
      expect((await callApi(path)).status, path).toBe(200);
    const near = await callApi("/api/v1/services?postcode=BD7%201DP&proximity=2000");
    expect(near.body.total_items).toBeGreaterThan(0);
  });

  it("checks with schemas that do refuse what the standard would (so the checks above can fail)", async () => {
    const { body } = await callApi("/api/v1/services?per_page=1");
    const one = (await callApi(`/api/v1/services/${body.contents[0].id}`)).body;
    expect(() => expectOruk("compiled/service.json", { ...one, status: "open" })).toThrow();
    expect(() => expectOruk("compiled/service.json", { ...one, id: "42" })).toThrow();
    expect(() => expectOruk("compiled/service.json", { ...one, minimum_age: null })).toThrow();
  });

  it("answers 400 for an id that is not a UUID and 404 for one that is not there, as JSON with CORS", async () => {
    for (const collection of ["services", "service_at_locations", "organizations", "taxonomies", "taxonomy_terms"]) {
      const bad = await callApi(`/api/v1/${collection}/not-a-uuid`);
      expect(bad.status).toBe(400);
      expect(bad.body).toMatchObject({ error: "bad_request", parameter: "id" });
      const missing = await callApi(`/api/v1/${collection}/00000000-0000-4000-8000-000000000000`);
      expect(missing.status).toBe(404);
      expect(missing.body.error).toBe("not_found");
      expect(missing.headers.get("access-control-allow-origin")).toBe("*");
    }
    const nowhere = await callApi("/api/v1/no_such_endpoint");
    expect(nowhere).toMatchObject({ status: 404, body: { error: "not_found" } });
  });
});
