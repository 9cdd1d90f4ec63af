import { describe, expect, it } from "vitest";
import categoryMap from "../../../seeds/asset-category-map.json";
import { categoryCodes } from "@/lib/vocabulary";
import type { AssetCandidate } from "./asset-candidate";
import { dedupeAssets, sameVenue } from "./dedupe-assets";

function asset(overrides: Partial<AssetCandidate>): AssetCandidate {
  return {
    source: "osm",
    sourceId: "node/1",
    licence: "ODbL-1.0",
    group: "library",
    name: "Otley Library",
    description: "",
    url: null,
    address1: null,
    address2: null,
    city: null,
    postcode: null,
    lat: 53.9053,
    lng: -1.6934,
    placeCode: "E08000035",
    wardCode: "E05011549",
    lsoaCode: "E01011574",
    categories: ["reading-groups-and-library-activities"],
    mergedFrom: [],
    alternateNames: [],
    ...overrides,
  };
}

describe("dedupeAssets", () => {
  it("merges an OSM library into the libraries-file record 200 m away", () => {
    const library = asset({ source: "libraries-hacked", sourceId: "leeds/otley-library", name: "Otley" });
    const osm = asset({ sourceId: "way/42793239", name: "Otley Public Library", lat: 53.9053 + 0.0018 });
    const { assets, mergedAcrossSources } = dedupeAssets([library], [osm]);
    expect(assets).toHaveLength(1);
    expect(assets[0]!.source).toBe("libraries-hacked");
    expect(assets[0]!.mergedFrom).toEqual(["osm:way/42793239"]);
    expect(mergedAcrossSources).toBe(1);
  });

  it("shows the most current source's name and keeps the others as alternative names", () => {
    const museum = asset({ source: "mapping-museums", sourceId: "mm.domus.YH008", group: "museum", name: "Leeds City Art Gallery" });
    const osm = asset({ sourceId: "node/29058588", group: "museum", name: "Leeds Art Gallery", lat: 53.9053 + 0.0003 });
    const { assets, renamed } = dedupeAssets([museum], [osm]);
    expect(assets).toHaveLength(1);
    expect(assets[0]).toMatchObject({
      source: "mapping-museums",
      sourceId: "mm.domus.YH008",
      name: "Leeds Art Gallery",
      alternateNames: ["Leeds City Art Gallery"],
    });
    expect(renamed).toBe(1);
  });

  it("keeps the libraries file's name over OSM's, and OSM's name as an alternative", () => {
    const library = asset({ source: "libraries-hacked", sourceId: "leeds/armley-library", name: "Armley Library" });
    const osm = asset({ sourceId: "way/1", name: "Armley Library One Stop", lat: 53.9053 + 0.001 });
    const same = asset({ sourceId: "way/2", name: "armley  library" });
    const { assets, renamed } = dedupeAssets([library], [osm, same]);
    expect(assets).toHaveLength(1);
    expect(assets[0]).toMatchObject({ name: "Armley Library", alternateNames: ["Armley Library One Stop"] });
    expect(renamed).toBe(0);
  });

  it("still merges an OSM record matching only the name that lost", () => {
    const museum = asset({ source: "mapping-museums", sourceId: "m1", group: "museum", name: "Red House Museum" });
    const current = asset({ sourceId: "node/1", group: "museum", name: "Red House Arts and Heritage Centre" });
    const old = asset({ sourceId: "node/2", group: "museum", name: "Red House Gomersal" });
    expect(sameVenue(current, old)).toBe(false);
    const { assets } = dedupeAssets([museum], [current, old]);
    expect(assets).toHaveLength(1);
    expect(assets[0]!.name).toBe("Red House Arts and Heritage Centre");
    expect(assets[0]!.alternateNames).toEqual(["Red House Museum", "Red House Gomersal"]);
  });

  it("keeps records apart when too far, differently named or of another kind", () => {
    const library = asset({ source: "libraries-hacked", sourceId: "x", name: "Otley Library" });
    expect(sameVenue(library, asset({ lat: 53.9053 + 0.004 }))).toBe(false); // ~450 m
    expect(sameVenue(library, asset({ name: "Burley Library" }))).toBe(false);
    expect(sameVenue(library, asset({ group: "park", name: "Otley Park" }))).toBe(false);
    const { assets } = dedupeAssets([library], [asset({ group: "allotments", name: "Otley Allotments" })]);
    expect(assets).toHaveLength(2);
  });

  it("merges OSM duplicates of the same kind and unions categories", () => {
    const a = asset({ group: "theatre", name: "Alhambra", categories: ["theatre-and-performance"] });
    const b = asset({ group: "theatre", sourceId: "way/2", name: "Alhambra Theatre", categories: ["music-making"] });
    const { assets, mergedWithinOsm } = dedupeAssets([], [a, b]);
    expect(assets).toHaveLength(1);
    expect(assets[0]!.categories).toEqual(["theatre-and-performance", "music-making"]);
    expect(mergedWithinOsm).toBe(1);
  });
});

describe("seeds/asset-category-map.json", () => {
  it("only names category codes from the vocabulary", () => {
    const used = [
      ...Object.values(categoryMap.osm.keep).flatMap((r) => r.categories),
      ...categoryMap.osm.nameRules.flatMap((r) => r.categories),
      ...categoryMap.museums.categories,
      ...Object.values(categoryMap.museums.subjectCategories).flat(),
      ...Object.values(categoryMap.libraries.types).flatMap((r) => r.categories),
    ];
    for (const code of used) expect(categoryCodes).toContain(code);
  });

  it("leaves out places of worship and playgrounds", () => {
    expect(Object.keys(categoryMap.osm.keep)).not.toContain("place_of_worship");
    expect(Object.keys(categoryMap.osm.keep)).not.toContain("playground");
  });
});
