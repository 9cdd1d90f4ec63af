import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPublicListings } from "@/server/listings/read-public-listings";
import { seedDatabase, type SeedSummary } from "@/server/seed/seed-database";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { resolveReferenceDataDir } from "@/server/seed/reference-files";

const referenceDataDir = resolveReferenceDataDir();

/** Exact counts from the May 2025 extract (see docs/decisions/0003-seed-data-and-category-mapping.md). */
const EXPECTED = { places: 5, wards: 124, lsoas: 1404, postcodes: 90_114, postcodeDistricts: 96 };

let t: TestDatabase;
let first: SeedSummary;

async function tableCounts() {
  const db = t.db;
  return {
    places: await db.place.count(),
    wards: await db.ward.count(),
    lsoas: await db.lsoa.count(),
    postcodes: await db.postcode.count(),
    postcodeDistricts: await db.postcodeDistrict.count(),
    taxonomies: await db.taxonomy.count(),
    terms: await db.taxonomyTerm.count(),
    services: await db.service.count(),
    locations: await db.location.count(),
    links: await db.serviceAtLocation.count(),
    attributes: await db.attribute.count(),
  };
}

beforeAll(async () => {
  t = await createTestDatabase({ seeded: false });
  first = await seedDatabase(t.db, { referenceDataDir });
}, 120_000);

afterAll(async () => {
  await t?.drop();
});

describe("seedDatabase", () => {
  it("loads the West Yorkshire geography", async () => {
    const counts = await tableCounts();
    expect(counts).toMatchObject(EXPECTED);
    expect(first).toMatchObject(EXPECTED);
    const places = await t.db.place.findMany({ orderBy: { code: "asc" }, select: { name: true, population: true } });
    expect(places).toEqual([
      { name: "Bradford", population: 546414 },
      { name: "Calderdale", population: 206634 },
      { name: "Kirklees", population: 433220 },
      { name: "Leeds", population: 811951 },
      { name: "Wakefield", population: 353360 },
    ]);
    const lsoa = await t.db.lsoa.findUniqueOrThrow({ where: { code: "E01010568" } });
    expect(lsoa).toMatchObject({ population: 1717, imdDecile: 7, wardCode: "E05001341", placeCode: "E08000032" });
    expect(lsoa.lat).toBeGreaterThan(53.84);
    expect(lsoa.lat).toBeLessThan(53.85);
    expect(await t.db.lsoa.count({ where: { lat: null } })).toBe(0);
    const postcode = await t.db.postcode.findUniqueOrThrow({ where: { pcd: "LS1 1AA" } });
    expect(postcode).toMatchObject({ outcode: "LS1", lsoaCode: "E01033008", placeCode: "E08000035" });
  });

  it("loads the four vocabularies", async () => {
    const categories = await t.db.taxonomyTerm.findMany({ where: { taxonomy: { slug: "category" } }, orderBy: { sortOrder: "asc" } });
    expect(categories).toHaveLength(24);
    expect(categories.map((c) => c.code)).toContain("singing-and-choirs");
    for (const slug of ["need", "audience", "accessibility"]) {
      expect(await t.db.taxonomyTerm.count({ where: { taxonomy: { slug } } })).toBeGreaterThan(0);
    }
  });

  it("publishes every imported asset as an unverified, sourced and licensed service at one located venue", async () => {
    const services = await t.db.service.findMany({
      include: { serviceAtLocations: { include: { location: true } }, attributes: true },
    });
    expect(services.length).toBe(first.services.total);
    expect(Object.keys(first.services.bySource).sort()).toEqual(["libraries-hacked", "mapping-museums", "osm"]);
    for (const s of services) {
      expect(s).toMatchObject({ listingStatus: "published", status: "active", verifiedAt: null, organisationId: null });
      expect(s.attendingTypes).toEqual(["in_person"]);
      expect(s.source).not.toBe("provider");
      expect(s.sourceId).toBeTruthy();
      expect(s.licence).toBeTruthy();
      expect(s.description).not.toBe("");
      expect(s.attributes.length).toBeGreaterThan(0);
      expect(s.serviceAtLocations).toHaveLength(1);
      const location = s.serviceAtLocations[0]!.location;
      expect(location.lat).not.toBeNull();
      expect(location.placeCode).toMatch(/^E0800003[2-6]$/);
      expect(location.wardCode).toBeTruthy();
      expect(location.lsoaCode).toBeTruthy();
    }
    const byPlace = first.services.byPlace;
    expect(Object.keys(byPlace).sort()).toEqual(["E08000032", "E08000033", "E08000034", "E08000035", "E08000036"]);
  });

  it("leaves out places of worship, playgrounds and closed records", async () => {
    const osmIds = await t.db.service.findMany({ where: { source: "osm" }, select: { sourceId: true } });
    expect(osmIds.length).toBeGreaterThan(1000);
    expect(first.assets.leftOut.osmBySubcategory.place_of_worship).toBe(989);
    expect(first.assets.leftOut.osmBySubcategory.playground).toBe(95);
    const rows = parse(await readFile(join(referenceDataDir, "wy_assets_osm.csv"), "utf8"), { columns: true }) as Record<string, string>[];
    const excluded = new Set(
      rows.filter((r) => r.subcategory === "place_of_worship" || r.subcategory === "playground").map((r) => r.id!.replace(/^osm:/, "")),
    );
    expect(excluded.size).toBe(989 + 95);
    expect(osmIds.filter((s) => excluded.has(s.sourceId!))).toEqual([]);
    expect(await t.db.service.count({ where: { source: "mapping-museums" } })).toBe(66);
    expect(first.assets.leftOut.librariesByReason).toMatchObject({ closed: 41, "Mobile Library": 2, "Prison Library": 1 });
  });

  it("lists a library found in both OSM and the libraries file once", async () => {
    // OSM node/21468571 "Leeds Central Library" and the LibrariesHacked record are the same building.
    const leedsCentral = await t.db.service.findMany({ where: { name: { contains: "Leeds Central Library" } } });
    expect(leedsCentral).toHaveLength(1);
    expect(leedsCentral[0]!.source).toBe("libraries-hacked");
    expect(await t.db.service.count({ where: { source: "osm", sourceId: "node/21468571" } })).toBe(0);
    const ilkley = await t.db.service.findMany({
      where: { name: { startsWith: "Ilkley" }, attributes: { some: { taxonomyTerm: { code: "reading-groups-and-library-activities" } } } },
    });
    expect(ilkley).toHaveLength(1);
    expect(first.assets.mergedAcrossSources).toBeGreaterThan(50);
  });

  it("names a merged venue by its most current source and keeps the other names as alternative names", async () => {
    // Mapping Museums (2021) has mm.domus.YH008 "Leeds City Art Gallery"; OSM (2023) node/29058588 "Leeds Art Gallery".
    const gallery = await t.db.service.findUniqueOrThrow({
      where: { source_sourceId: { source: "mapping-museums", sourceId: "mm.domus.YH008" } },
      include: { serviceAtLocations: { include: { location: true } } },
    });
    expect(gallery).toMatchObject({ name: "Leeds Art Gallery", alternateName: "Leeds City Art Gallery", licence: "CC-BY-4.0" });
    expect(gallery.serviceAtLocations[0]!.location.name).toBe("Leeds Art Gallery");
    expect(gallery.otherSources).toEqual(["osm:node/29058588"]);
    expect(first.assets.renamed).toBe(1);
    // The listing page credits both records, each with its licence and edition.
    const [page] = await readPublicListings({ ids: [gallery.id] }, t.db);
    expect(page!.alternateName).toBe("Leeds City Art Gallery");
    expect(page!.sources.map((c) => `${c.name} (${c.fetched}): ${c.licence}`)).toEqual([
      "Mapping Museums project, Birkbeck, University of London (snapshot of September 2021): Creative Commons Attribution 4.0 (CC BY 4.0)",
      "OpenStreetMap (extract of July 2023): Open Database Licence (ODbL) 1.0, © OpenStreetMap contributors",
    ]);
    // The libraries file names the library service; OSM's name stays findable.
    const idle = await t.db.service.findFirstOrThrow({ where: { source: "libraries-hacked", name: "Idle Library" } });
    expect(idle.alternateName).toBe("Idle Library & Information Centre");
    const withAlternate = await t.db.service.count({ where: { alternateName: { not: null } } });
    expect(withAlternate).toBeGreaterThan(30);
  });

  it("writes one audit event with the summary", async () => {
    const events = await t.db.auditEvent.findMany({ where: { action: "seed.loaded" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entityType: "seed", entityId: "west-yorkshire" });
    expect((events[0]!.data as { places: number }).places).toBe(5);
  });

  it("is idempotent: a second run writes nothing and changes no counts", async () => {
    const before = await tableCounts();
    const second = await seedDatabase(t.db, { referenceDataDir });
    expect(second.rowsChanged).toBe(0);
    expect(await tableCounts()).toEqual(before);
    expect(second.services).toEqual(first.services);
    expect(await t.db.auditEvent.count()).toBe(1);
  }, 60_000);

  it("corrects names seeded under the old rule, never a name a provider set, and then writes nothing", async () => {
    const key = { source_sourceId: { source: "mapping-museums", sourceId: "mm.domus.YH008" } };
    const gallery = await t.db.service.findUniqueOrThrow({ where: key, include: { serviceAtLocations: true } });
    await t.db.service.update({ where: key, data: { name: "Leeds City Art Gallery", alternateName: null, otherSources: [] } });
    await t.db.location.update({ where: { id: gallery.serviceAtLocations[0]!.locationId }, data: { name: "Leeds City Art Gallery" } });
    const idle = { source_sourceId: { source: "libraries-hacked", sourceId: "bradford/idle-library" } };
    const org = await t.db.organisation.create({ data: { name: "Friends of Idle Library" } });
    await t.db.service.update({
      where: idle,
      data: { organisationId: org.id, name: "Idle Library and Community Hub", alternateName: null },
    });

    const fixing = await seedDatabase(t.db, { referenceDataDir });
    expect(fixing.rowsChanged).toBe(3); // the gallery's name, its venue's name and its other source
    expect(await t.db.service.findUniqueOrThrow({ where: key })).toMatchObject({
      name: "Leeds Art Gallery",
      alternateName: "Leeds City Art Gallery",
    });
    expect(await t.db.service.findUniqueOrThrow({ where: idle })).toMatchObject({
      name: "Idle Library and Community Hub",
      alternateName: null,
    });
    expect((await seedDatabase(t.db, { referenceDataDir })).rowsChanged).toBe(0);
  }, 120_000);

  it("names the directory and REFERENCE_DATA_DIR when the data is missing", async () => {
    const missing = join(tmpdir(), "no-such-reference-data");
    await expect(seedDatabase(t.db, { referenceDataDir: missing })).rejects.toThrow(missing);
    await expect(seedDatabase(t.db, { referenceDataDir: missing })).rejects.toThrow(/REFERENCE_DATA_DIR/);
    const empty = await mkdtemp(join(tmpdir(), "wy-ref-"));
    try {
      await expect(seedDatabase(t.db, { referenceDataDir: empty })).rejects.toThrow(/wy_lad_population_imd\.csv/);
    } finally {
      await rm(empty, { recursive: true });
    }
  });
});

describe("seedDatabase --reference-only", () => {
  it("loads the geography, postcodes and vocabulary without a single listing", async () => {
    const r = await createTestDatabase({ seeded: false });
    try {
      const summary = await seedDatabase(r.db, { referenceDataDir, referenceOnly: true });
      expect(summary).toMatchObject({ ...EXPECTED, services: { total: 0 } });
      expect(await r.db.postcode.count()).toBe(EXPECTED.postcodes);
      expect(await r.db.taxonomyTerm.count()).toBeGreaterThan(20);
      expect(await r.db.service.count()).toBe(0);
      expect(await r.db.location.count()).toBe(0);
    } finally {
      await r.drop();
    }
  }, 120_000);
});
