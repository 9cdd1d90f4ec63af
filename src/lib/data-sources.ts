/** The open data behind the directory, its licence and the attribution it needs (from the data README). */
export type DataSource = {
  name: string;
  publisher: string;
  usedFor: string;
  licence: string;
  attribution: string;
  /** The codes listings and their facts use for this source (service.source, service_fact.sources). */
  codes?: readonly string[];
  /** A family of sources named by prefix: "oruk:" + the feed ("oruk:example.org/api/v1"). */
  codePrefix?: string;
};

/** Imported Open Referral services have the source "oruk:<feed>" (src/server/oruk-import/import-services.ts). */
export const ORUK_SOURCE_PREFIX = "oruk:";

/** "oruk:example.org/api/v1" → "example.org/api/v1"; null for any other source. */
export function orukFeedOf(code: string): string | null {
  return code.startsWith(ORUK_SOURCE_PREFIX) ? code.slice(ORUK_SOURCE_PREFIX.length) || null : null;
}

/** "the Open Referral feed at example.org/api/v1", or "the Open Referral file services.json" for a file. */
export function orukFeedName(feed: string): string {
  return feed.startsWith("file:") ? `the Open Referral file ${feed.slice(5)}` : `the Open Referral feed at ${feed}`;
}

export const dataSources: readonly DataSource[] = [
  {
    name: "Boundaries, lookups and postcodes",
    publisher: "Office for National Statistics (ONS)",
    usedFor: "Places, wards and neighbourhoods (LSOAs) on the map; turning a postcode into a location.",
    licence: "Open Government Licence v3.0",
    attribution:
      "Source: Office for National Statistics licensed under the Open Government Licence v3.0. Contains OS data © Crown copyright and database right 2025. Contains Royal Mail data © Royal Mail copyright and database right 2025.",
  },
  {
    name: "Census 2021 population",
    publisher: "Office for National Statistics (ONS)",
    usedFor: "Activities per 10,000 residents by place and ward.",
    licence: "Open Government Licence v3.0",
    attribution: "Source: Office for National Statistics licensed under the Open Government Licence v3.0.",
  },
  {
    name: "English Indices of Deprivation 2025 and 2019",
    publisher: "Ministry of Housing, Communities and Local Government (MHCLG)",
    usedFor: "Comparing provision with deprivation to find gaps.",
    licence: "Open Government Licence v3.0",
    attribution:
      "English Indices of Deprivation 2025 / 2019, Ministry of Housing, Communities and Local Government (MHCLG), Open Government Licence v3.0.",
  },
  {
    name: "OpenStreetMap",
    codes: ["osm"],
    publisher: "OpenStreetMap contributors",
    usedFor: "Starting list of named cultural, community and green spaces (July 2023 extract); map tiles.",
    licence: "Open Database Licence (ODbL) 1.0",
    attribution: "© OpenStreetMap contributors, ODbL 1.0",
  },
  {
    name: "Mapping Museums",
    codes: ["mapping-museums"],
    publisher: "Mapping Museums project, Birkbeck, University of London",
    usedFor: "Museums in West Yorkshire (snapshot September 2021).",
    licence: "Creative Commons Attribution 4.0 (CC BY 4.0)",
    attribution: "Data from the Mapping Museums project (www.mappingmuseums.org), Birkbeck, University of London, CC BY 4.0",
  },
  {
    name: "Public libraries in England, 2023",
    codes: ["libraries-hacked"],
    publisher: "LibrariesHacked",
    usedFor: "Public libraries in the five council areas.",
    licence: "Not stated by the publisher (their code is MIT-licensed; the data licence is not given)",
    attribution: "Library data from LibrariesHacked (librarydata-db).",
  },
  {
    name: "Library opening hours and contacts",
    codes: ["libraries-hacked-councils"],
    publisher: "Bradford, Calderdale, Kirklees, Leeds and Wakefield councils, via Libraries Hacked",
    usedFor: "Each public library's staffed opening hours, email and website.",
    licence: "Open Government Licence v3.0 (published by the councils as open data)",
    attribution: "Library hours and contacts: Libraries Hacked; the councils. Open Government Licence v3.0.",
  },
  {
    name: "Open Referral UK feeds",
    codePrefix: ORUK_SOURCE_PREFIX,
    publisher: "Other directories that publish Open Referral UK 3.0 (each listing names its feed)",
    usedFor: "Listings imported from other directories with `npm run import:oruk`.",
    licence: "As each feed states it (shown on each listing)",
    attribution: "Listings from other Open Referral UK directories, credited on each listing with their licence.",
  },
  {
    name: "Open Referral UK data standard",
    publisher: "Open Referral UK",
    usedFor: "The shape of our listings and our public API, so other directories can read them.",
    licence: "Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0)",
    attribution: "Based on the Open Referral UK data standard, CC BY-SA 4.0.",
  },
];

/** The open data source a listing or fact code stands for, or undefined for our own (provider, moderator). */
export function dataSourceOf(code: string): DataSource | undefined {
  return dataSources.find((s) => s.codes?.includes(code) || (s.codePrefix !== undefined && code.startsWith(s.codePrefix)));
}
