import categoryMap from "../../../seeds/asset-category-map.json";
import { clean, locate, type AssetCandidate, type GeoContext } from "./asset-candidate";
import type { CsvRow } from "./read-csv";

export const MUSEUMS_SOURCE = "mapping-museums";
export const MUSEUMS_LICENCE = "CC-BY-4.0";

const subjectCategories = categoryMap.museums.subjectCategories as Record<string, string[] | undefined>;

const GOVERNANCE: Record<string, string> = {
  "Government-Local_Authority": "Run by the local council.",
  "Government-National": "A national museum.",
  "Independent-Not_for_profit": "Run independently, not for profit.",
  "Independent-Private": "Privately run.",
  "Independent-National_Trust": "Run by the National Trust.",
  University: "Run by a university.",
};

/** "Buildings-Houses-Medium_houses" → "buildings, houses, medium houses" */
function subjectPhrase(subject: string): string {
  return subject
    .split("-")
    .map((part) => part.replace(/_/g, " ").toLowerCase())
    .join(", ");
}

/** Museums open as of 2021 (the Mapping Museums snapshot, Sept 2021). */
export function readMuseums(rows: CsvRow[], geo: GeoContext) {
  const candidates: AssetCandidate[] = [];
  let closed = 0;
  let unplaced = 0;
  for (const row of rows) {
    if (row.open_as_of_2021 !== "yes") {
      closed++;
      continue;
    }
    const where = locate(
      { lat: Number(row.lat), lng: Number(row.lng), lsoaCode: row.lsoa21cd, wardCode: row.ward_cd, postcode: row.postcode },
      geo,
    );
    const name = clean(row.name);
    if (!where || !name) {
      unplaced++;
      continue;
    }
    const subject = clean(row.subject_matter);
    const top = subject?.split("-")[0] ?? "";
    const sentences = [
      `${row.accreditation === "Accredited" ? "Accredited museum" : "Museum"}${subject ? ` (subject: ${subjectPhrase(subject)})` : ""}.`,
      GOVERNANCE[row.governance ?? ""],
    ];
    const address1 = clean(row.address_1);
    candidates.push({
      source: MUSEUMS_SOURCE,
      sourceId: row.museum_id!,
      licence: MUSEUMS_LICENCE,
      group: "museum",
      name,
      description: sentences.filter(Boolean).join(" "),
      url: null,
      // The first address line often repeats the museum's name.
      address1: address1 === name ? clean(row.address_2) : address1,
      address2: address1 === name ? null : clean(row.address_2),
      city: clean(row.town),
      ...where,
      categories: [...new Set([...categoryMap.museums.categories, ...(subjectCategories[top] ?? [])])],
      mergedFrom: [],
      alternateNames: [],
    });
  }
  return { candidates, closed, unplaced };
}
