import { absoluteWebsite } from "@/lib/external-url";
import categoryMap from "../../../seeds/asset-category-map.json";
import { clean, locate, type AssetCandidate, type GeoContext } from "./asset-candidate";
import type { CsvRow } from "./read-csv";

export const OSM_SOURCE = "osm";
export const OSM_LICENCE = "ODbL-1.0";

type Rule = { label: string; categories: string[] };
const keep = categoryMap.osm.keep as Record<string, Rule | undefined>;
const nameRules = categoryMap.osm.nameRules.map((r) => ({ pattern: new RegExp(r.pattern, "i"), categories: r.categories }));

/** OSM assets we list (seeds/asset-category-map.json `osm.keep`); the rest are counted by subcategory. */
export function readOsmAssets(rows: CsvRow[], geo: GeoContext) {
  const candidates: AssetCandidate[] = [];
  const leftOut: Record<string, number> = {};
  let unplaced = 0;
  for (const row of rows) {
    const subcategory = row.subcategory ?? "";
    const rule = keep[subcategory];
    const name = clean(row.name);
    if (!rule || !name) {
      const key = rule ? "unnamed" : subcategory;
      leftOut[key] = (leftOut[key] ?? 0) + 1;
      continue;
    }
    const where = locate(
      { lat: Number(row.lat), lng: Number(row.lng), lsoaCode: row.lsoa21cd, wardCode: row.ward_cd, postcode: row.postcode },
      geo,
    );
    if (!where) {
      unplaced++;
      continue;
    }
    const categories = new Set(rule.categories);
    for (const r of nameRules) if (r.pattern.test(name)) r.categories.forEach((c) => categories.add(c));
    candidates.push({
      source: OSM_SOURCE,
      sourceId: (row.id ?? "").replace(/^osm:/, ""),
      licence: OSM_LICENCE,
      group: subcategory === "gallery" ? "museum" : subcategory,
      name,
      description: `${rule.label}.`,
      url: absoluteWebsite(row.website),
      address1: clean(row.address),
      address2: null,
      city: null,
      ...where,
      categories: [...categories],
      mergedFrom: [],
      alternateNames: [],
    });
  }
  return { candidates, leftOut, unplaced };
}
