import categoryMap from "../../../seeds/asset-category-map.json";
import { clean, locate, slugify, type AssetCandidate, type GeoContext } from "./asset-candidate";
import type { CsvRow } from "./read-csv";

export const LIBRARIES_SOURCE = "libraries-hacked";
// The LibrariesHacked repository is MIT but does not state a licence for the data itself (data README).
export const LIBRARIES_LICENCE = "Public library data (LibrariesHacked), licence not stated";

const types = categoryMap.libraries.types as Record<string, { label: string; categories: string[] } | undefined>;

/** LibrariesHacked operation codes (2023). */
function runBy(operation: string | undefined, authority: string): string {
  switch (operation) {
    case "LA":
      return `run by ${authority} Council`;
    case "CR":
      return `run by the community, part of the ${authority} library service`;
    case "C":
      return `commissioned by ${authority} Council`;
    case "ICL":
      return "run independently by the community";
    default:
      return `in the ${authority} library service`;
  }
}

/** Open, visitable public libraries (no closed date; mobile and prison libraries left out). */
export function readLibraries(rows: CsvRow[], geo: GeoContext) {
  const candidates: AssetCandidate[] = [];
  const leftOut: Record<string, number> = {};
  const seenIds = new Set<string>();
  let unplaced = 0;
  for (const row of rows) {
    const type = types[row.type ?? ""];
    const name = clean(row.name);
    if (clean(row.closed) || !type || !name) {
      const key = clean(row.closed) ? "closed" : (row.type ?? "unknown");
      leftOut[key] = (leftOut[key] ?? 0) + 1;
      continue;
    }
    const lat = clean(row.lat) ? Number(row.lat) : null;
    const lng = clean(row.lng) ? Number(row.lng) : null;
    const where = locate({ lat, lng, lsoaCode: row.lsoa21cd, wardCode: row.ward_cd, postcode: row.postcode }, geo);
    if (!where) {
      unplaced++;
      continue;
    }
    const authority = clean(row.authority) ?? "the local";
    let sourceId = `${slugify(authority)}/${slugify(name)}`;
    for (let n = 2; seenIds.has(sourceId); n++) sourceId = `${slugify(authority)}/${slugify(name)}-${n}`;
    seenIds.add(sourceId);
    const sharing = [
      row.co_located_community === "X" && "a community centre",
      row.co_located_health === "X" && "a health service",
      row.co_located_museum === "X" && "a museum",
      row.co_located_artscentre === "X" && "an arts centre",
    ].filter(Boolean);
    const address3 = clean(row.address3);
    candidates.push({
      source: LIBRARIES_SOURCE,
      sourceId,
      licence: LIBRARIES_LICENCE,
      group: "library",
      name,
      description: [
        `${type.label} ${runBy(row.operation_2023, authority)}.`,
        sharing.length > 0 ? `Shares a building with ${sharing.join(" and ")}.` : "",
      ]
        .filter(Boolean)
        .join(" "),
      url: null,
      address1: clean(row.address1),
      address2: clean(row.address2),
      city: address3 === "West Yorkshire" ? null : address3,
      ...where,
      categories: type.categories,
      mergedFrom: [],
      alternateNames: [],
    });
  }
  return { candidates, leftOut, unplaced };
}
