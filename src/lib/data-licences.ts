// The licences the directory's data is under, for everything that hands the data on in bulk: GET /api/v1/,
// the services CSV (one licence per row, from the row's source) and the HSDS package (datapackage.json and
// its LICENCE.txt). The credits are those of /about/data (src/lib/data-sources.ts), so they say one thing.
import { dataSourceOf, dataSources, type DataSource } from "@/lib/data-sources";
import type { ListingSource } from "@/lib/listing-source";

/** A licence in the shape Frictionless data packages and our API use: `name` is its SPDX identifier. */
export type DataLicence = { name: string; title: string; path: string; appliesTo: string; attribution: string };

const byName = (name: string): DataSource => dataSources.find((s) => s.name === name)!;
const byCode = (code: string): DataSource => dataSourceOf(code)!;

export const DATA_LICENCES: readonly DataLicence[] = [
  {
    name: "ODbL-1.0",
    title: byCode("osm").licence,
    path: "https://opendatacommons.org/licenses/odbl/1-0/",
    appliesTo:
      "Listings and venues that started from OpenStreetMap (source osm). Share-alike: a database you publish that contains or is built from them must be offered under the ODbL too.",
    attribution: byCode("osm").attribution,
  },
  {
    name: "OGL-UK-3.0",
    title: byName("Boundaries, lookups and postcodes").licence,
    path: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    appliesTo:
      "Places, wards and postcode points (ONS, OS, Royal Mail), and the library opening hours and contacts the councils published.",
    attribution: `${byName("Boundaries, lookups and postcodes").attribution} ${byCode("libraries-hacked-councils").attribution}`,
  },
  {
    name: "CC-BY-4.0",
    title: byCode("mapping-museums").licence,
    path: "https://creativecommons.org/licenses/by/4.0/",
    appliesTo: "Museums from the Mapping Museums register (source mapping-museums).",
    attribution: byCode("mapping-museums").attribution,
  },
];

/** What is not under one of the licences above, said plainly rather than guessed. */
export const LICENCE_NOTES: readonly string[] = [
  `Public libraries (source libraries-hacked): ${byCode("libraries-hacked").licence}. ${byCode("libraries-hacked").attribution}`,
  "Listings written by the groups that run them (source provider) are not derived from any of the open data above.",
];

export const PROVIDER_ROW_LICENCE =
  "Written for this directory by the group that runs it (not from open data); places, wards and points: Open Government Licence v3.0";

/** The licence of one listing's row, from every record it came from (none: its provider wrote it). */
export function rowLicence(sources: readonly ListingSource[]): string {
  return sources.length ? [...new Set(sources.map((s) => s.licence))].join("; ") : PROVIDER_ROW_LICENCE;
}

/** The statement GET /api/v1/ makes about the data's licences. */
export function licenceStatement() {
  return {
    licenses: DATA_LICENCES.map((l) => ({
      name: l.name,
      title: l.title,
      path: l.path,
      applies_to: l.appliesTo,
      attribution: l.attribution,
    })),
    license_notes: [...LICENCE_NOTES],
  };
}

/** The licences as plain text, for the LICENCE.txt in the HSDS package. */
export function licenceText(): string {
  const sections = DATA_LICENCES.map((l) =>
    [`${l.title} (${l.name})`, l.path, `Applies to: ${l.appliesTo}`, `Credit: ${l.attribution}`].join("\n"),
  );
  return [...sections, ...LICENCE_NOTES].join("\n\n");
}
