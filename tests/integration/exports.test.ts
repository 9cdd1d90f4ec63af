import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { unzipSync, strFromU8 } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as servicesCsv from "@/app/api/v1/export/services.csv/route";
import * as hsdsZip from "@/app/api/v1/export/hsds.zip/route";
import { PROVIDER_ROW_LICENCE } from "@/lib/data-licences";
import { roundHiddenCoordinate } from "@/lib/hidden-address";
import { streamServicesCsv } from "@/server/exports/stream-services-csv";
import { callApi, useDatabase } from "../support/oruk-api";
import { addService, latNorth } from "../support/search-fixture";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The exports on the real West Yorkshire seed, plus a few listings made to catch what the seed lacks: a name a
// spreadsheet would run as a formula, a home-based activity, a listing with no venue, a draft and a private email.

type Row = Record<string, string>;
const PRIVATE_EMAIL = "office-only@private.example";
const BOM = [0xef, 0xbb, 0xbf];
const schemaDir = fileURLToPath(new URL("../fixtures/oruk-3.0/schema/", import.meta.url));

let t: TestDatabase;
const ids: Record<string, string> = {};
const home = { lat: latNorth(0.3) + 0.001234, lng: -1.85746 - 0.002345 };
beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  useDatabase(t);
  ids.formula = await addService(t.db, { name: '=HYPERLINK("x")', description: "@SUM(A1:A2) and +1", km: 1, isFree: true });
  ids.home = await addService(t.db, {
    name: "Home Pottery",
    ...home,
    hidden: true,
    sessions: [{ byDay: "WE", opensAt: 840, closesAt: 960 }],
  });
  ids.nowhere = await addService(t.db, { name: "Phone Friends", noVenue: true, attendingTypes: ["phone"] });
  ids.draft = await addService(t.db, { name: "Draft Dancers Zq", km: 0.2, listingStatus: "draft" });
  const org = await t.db.organisation.create({ data: { name: "Private Office Trust", email: PRIVATE_EMAIL, charityNumber: "1234567" } });
  await t.db.service.update({ where: { id: ids.formula }, data: { organisationId: org.id, email: "hello@formula.example" } });
}, 120_000);
afterAll(() => t?.drop());

async function expectHeadLikeGet(head: Response, get: Response) {
  expect(head.status).toBe(200);
  expect(Object.fromEntries(head.headers)).toEqual(Object.fromEntries(get.headers));
  expect((await head.arrayBuffer()).byteLength).toBe(0);
}

async function published() {
  const [counts] = await t.db.$queryRaw<Array<{ services: number; sals: number; rows: number }>>`
    SELECT count(*)::int AS services,
      (SELECT count(*)::int FROM service_at_location x JOIN service y ON y.id = x.service_id WHERE y.listing_status = 'published') AS sals,
      sum(greatest(1, (SELECT count(*) FROM service_at_location x WHERE x.service_id = s.id)))::int AS rows
    FROM service s WHERE s.listing_status = 'published'`;
  return counts!;
}

describe("GET /api/v1/export/services.csv", () => {
  let text: string;
  let bytes: Uint8Array;
  let rows: Row[];
  let response: Response;
  beforeAll(async () => {
    response = await servicesCsv.GET();
    bytes = new Uint8Array(await response.arrayBuffer());
    text = new TextDecoder().decode(bytes);
    rows = parse(text, { bom: true, columns: true }) as Row[];
  }, 120_000);

  it("is a CSV download for Excel, readable from any origin", () => {
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="[a-z-]+\.csv"$/);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect([...bytes.subarray(0, 3)]).toEqual(BOM);
    expect(text.split("\r\n")[0]).toMatch(/^Service ID,Service at location ID,Name,/);
  });

  it("answers a HEAD with the same headers and no file", async () => {
    await expectHeadLikeGet(servicesCsv.HEAD(), response);
  });

  it("has one row per published service at each venue, and one for a service with no venue", async () => {
    const counts = await published();
    expect(counts.services).toBeGreaterThan(1000);
    expect(rows).toHaveLength(counts.rows);
    expect(new Set(rows.map((r) => r["Service ID"])).size).toBe(counts.services);
    expect(rows.filter((r) => r["Service at location ID"]).length).toBe(counts.sals);
    const nowhere = rows.filter((r) => r["Service ID"] === ids.nowhere);
    expect(nowhere).toHaveLength(1);
    for (const column of ["Venue", "Address", "Town", "Postcode", "Latitude", "Longitude", "Place", "Ward"])
      expect(nowhere[0]![column]).toBe("");
    expect(text).not.toContain("Draft Dancers Zq");
    expect(text).not.toContain(PRIVATE_EMAIL);
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    const row = rows.find((r) => r["Service ID"] === ids.formula)!;
    expect(row.Name).toBe(`'=HYPERLINK("x")`);
    expect(row.Description).toBe("'@SUM(A1:A2) and +1");
    expect(row.Organisation).toBe("Private Office Trust");
    expect(row.Email).toBe("hello@formula.example");
    expect(row.Cost).toBe("Free");
    expect(row.Licence).toBe(PROVIDER_ROW_LICENCE);
    expect(row["Listing on this directory"]).toMatch(new RegExp(`^https?://[^/]+/services/${ids.formula}$`));
  });

  it("gives a home-based activity only its area and the rounded point, as the public pages do", () => {
    const row = rows.find((r) => r["Service ID"] === ids.home)!;
    expect(row).toMatchObject({ Venue: "", Address: "", Town: "", Postcode: "", Place: "Calderdale" });
    expect(row.Ward).not.toBe("");
    expect(Number(row.Latitude)).toBe(roundHiddenCoordinate(home.lat));
    expect(Number(row.Longitude)).toBe(roundHiddenCoordinate(home.lng));
    expect(row.Latitude).not.toBe(String(home.lat));
    expect(row["Days and times"]).toBe("Every Wednesday, 2pm to 4pm");
    // The fixture's real address is 1 Test Street, HX1 1AA.
    expect(Object.values(row).join(" ")).not.toMatch(/Test Street|HX1 1AA/);
  });

  it("states each imported row's source and licence, worded as on the listing pages", () => {
    const osm = rows.filter((r) => r.Source === "OpenStreetMap");
    const museums = rows.filter((r) => r.Source!.startsWith("Mapping Museums"));
    expect(osm.length).toBeGreaterThan(100);
    expect(museums.length).toBeGreaterThan(10);
    expect(new Set(osm.map((r) => r.Licence))).toEqual(new Set(["Open Database Licence (ODbL) 1.0, © OpenStreetMap contributors"]));
    // A museum merged with the OpenStreetMap record of its building carries both licences.
    expect(museums.every((r) => r.Licence!.startsWith("Creative Commons Attribution 4.0 (CC BY 4.0)"))).toBe(true);
    expect(
      museums.some(
        (r) => r.Licence === "Creative Commons Attribution 4.0 (CC BY 4.0); Open Database Licence (ODbL) 1.0, © OpenStreetMap contributors",
      ),
    ).toBe(true);
    expect(osm.some((r) => /^https:\/\/www\.openstreetmap\.org\/(node|way|relation)\/\d+$/.test(r["Source record"]!))).toBe(true);
    const sessions = rows.filter((r) => r["Days and times"]);
    expect(sessions.length).toBeGreaterThan(50);
    expect(sessions.some((r) => /^Every (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), /.test(r["Days and times"]!))).toBe(
      true,
    );
  });

  it("comes out the same whatever size the batches it is read in", async () => {
    const now = new Date();
    const whole: string[] = [];
    for await (const piece of streamServicesCsv({ now, batchSize: 10_000 })) whole.push(piece);
    const small: string[] = [];
    for await (const piece of streamServicesCsv({ now, batchSize: 37 })) small.push(piece);
    expect(small.length).toBeGreaterThan(whole.length);
    expect(small.join("")).toBe(whole.join(""));
  }, 120_000);
});

describe("the exports in the API's own description", () => {
  it("are in the OpenAPI document and linked from GET /api/v1/", async () => {
    const doc = (await callApi("/api/v1/openapi.json")).body;
    expect(Object.keys(doc.paths["/export/services.csv"].get.responses[200].content)).toEqual(["text/csv"]);
    expect(Object.keys(doc.paths["/export/hsds.zip"].get.responses[200].content)).toEqual(["application/zip"]);
    const info = (await callApi("/api/v1/")).body;
    expect(new URL(info.exports.services_csv).pathname).toBe("/api/v1/export/services.csv");
    expect(new URL(info.exports.hsds_zip).pathname).toBe("/api/v1/export/hsds.zip");
  });
});

type Resource = {
  name: string;
  path: string;
  schema: {
    fields: Array<{ name: string; description?: string }>;
    foreignKeys: Array<{ fields: string; reference: { resource: string } }>;
  };
};

describe("GET /api/v1/export/hsds.zip", () => {
  let response: Response;
  let files: Record<string, Uint8Array>;
  const tables: Record<string, Row[]> = {};
  const headers: Record<string, string[]> = {};
  let pkg: { name: string; licenses: Array<{ name: string; path: string }>; sources: unknown[]; resources: Resource[] };
  beforeAll(async () => {
    response = await hsdsZip.GET();
    files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    pkg = JSON.parse(strFromU8(files["datapackage.json"]!));
    for (const r of pkg.resources) {
      expect([...files[r.path]!.subarray(0, 3)], r.path).toEqual(BOM);
      const text = strFromU8(files[r.path]!);
      headers[r.path] = (parse(text, { bom: true, to: 1 }) as string[][])[0]!;
      tables[r.path] = parse(text, { bom: true, columns: true }) as Row[];
    }
  }, 120_000);

  it("is a zip download readable from any origin", () => {
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="[a-z-]+\.zip"$/);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("answers a HEAD with the same headers and no file", async () => {
    await expectHeadLikeGet(hsdsZip.HEAD(), response);
  });

  it("has one CSV per entity of the standard, each headed with the standard's field names", () => {
    const schemas = readdirSync(schemaDir).filter((f) => f.endsWith(".json") && f !== "openapi.json");
    expect(schemas.length).toBe(17);
    for (const file of schemas) {
      const schema = JSON.parse(readFileSync(`${schemaDir}${file}`, "utf8")) as {
        name: string;
        path: string;
        properties: Record<string, { type?: string }>;
      };
      const standard = Object.entries(schema.properties)
        .filter(([, p]) => p.type && p.type !== "array" && p.type !== "object")
        .map(([name]) => name);
      const resource = pkg.resources.find((r) => r.path === schema.path);
      expect(resource, schema.path).toBeDefined();
      expect(resource!.name).toBe(schema.name);
      // The standard's fields in its order; anything after them is an extension the package describes.
      expect(headers[schema.path]!.slice(0, standard.length), schema.path).toEqual(standard);
      for (const extra of headers[schema.path]!.slice(standard.length))
        expect(resource!.schema.fields.find((f) => f.name === extra)?.description).toMatch(/^Extension/);
    }
    expect(Object.keys(files).sort()).toEqual(
      [...pkg.resources.map((r) => r.path), "LICENCE.txt", "README.txt", "datapackage.json"].sort(),
    );
  });

  it("describes every file and the licences in datapackage.json and LICENCE.txt", () => {
    for (const r of pkg.resources) expect(r.schema.fields.map((f) => f.name)).toEqual(headers[r.path]);
    expect(pkg.licenses.map((l) => l.name)).toEqual(["ODbL-1.0", "OGL-UK-3.0", "CC-BY-4.0"]);
    expect(pkg.sources.length).toBeGreaterThan(1);
    const licence = strFromU8(files["LICENCE.txt"]!);
    expect(licence).toContain("© OpenStreetMap contributors, ODbL 1.0");
    expect(licence).toContain("Open Government Licence v3.0");
    expect(licence).toContain("CC BY 4.0");
  });

  it("holds every published service and venue, and every id it refers to exists", async () => {
    const counts = await published();
    expect(tables["services.csv"]).toHaveLength(counts.services);
    expect(tables["service_at_location.csv"]).toHaveLength(counts.sals);
    expect(tables["taxonomy_terms.csv"]!.length).toBe(await t.db.taxonomyTerm.count());
    for (const r of pkg.resources) {
      const ids = tables[r.path]!.map((row) => row.id);
      expect(new Set(ids).size, `${r.path} ids are unique`).toBe(ids.length);
      for (const key of r.schema.foreignKeys) {
        const target = pkg.resources.find((x) => x.name === key.reference.resource)!;
        const known = new Set(tables[target.path]!.map((row) => row.id));
        const missing = tables[r.path]!.filter((row) => row[key.fields] && !known.has(row[key.fields]!));
        expect(missing, `${r.path}.${key.fields} → ${target.path}`).toEqual([]);
      }
    }
    const services = new Set(tables["services.csv"]!.map((r) => r.id));
    expect(tables["service_at_location.csv"]!.every((r) => services.has(r.service_id!))).toBe(true);
    const linked = tables["attribute.csv"]!.filter((a) => a.link_type === "service");
    expect(linked.length).toBeGreaterThan(1000);
    expect(linked.every((a) => services.has(a.link_id!))).toBe(true);
    const all = Object.values(files)
      .map((f) => strFromU8(f))
      .join("");
    expect(all).not.toContain("Draft Dancers Zq");
    expect(all).not.toContain(PRIVATE_EMAIL);
  });

  it("says what the JSON API says, a hidden address included", async () => {
    for (const id of [ids.formula, ids.home]) {
      const api = (await callApi(`/api/v1/services/${id}`)).body;
      const row = tables["services.csv"]!.find((r) => r.id === id)!;
      for (const [field, value] of Object.entries(api))
        if (typeof value !== "object")
          expect(row[field], field).toBe(typeof value === "string" && /^[=+\-@]/.test(value) ? `'${value}` : String(value));
      const sal = api.service_at_locations[0];
      const location = tables["locations.csv"]!.find((l) => l.id === sal.location.id)!;
      expect(Number(location.latitude)).toBe(sal.location.latitude);
      expect(tables["address.csv"]!.filter((a) => a.location_id === sal.location.id)).toHaveLength(sal.location.addresses.length);
    }
    expect(tables["services.csv"]!.find((r) => r.id === ids.formula)!.name).toBe(`'=HYPERLINK("x")`);
    const hidden = (await callApi(`/api/v1/services/${ids.home}`)).body.service_at_locations[0].location;
    expect(hidden.latitude).toBe(roundHiddenCoordinate(home.lat));
    expect(tables["address.csv"]!.some((a) => a.location_id === hidden.id)).toBe(false);
    expect(tables["organizations.csv"]!.find((o) => o.name === "Private Office Trust")).toMatchObject({ email: "" });
    expect(tables["organization_identifiers.csv"]!.some((o) => o.identifier === "1234567")).toBe(true);
  });
});
