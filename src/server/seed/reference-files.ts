import "server-only";
import { access, stat } from "node:fs/promises";
import { join, resolve } from "node:path";

/**
 * Where the reference data lives unless REFERENCE_DATA_DIR says otherwise: the copy that travels with the
 * repository (data/west-yorkshire, with its README of sources and licences), relative to the project root.
 */
export const DEFAULT_REFERENCE_DATA_DIR = "data/west-yorkshire";

/** The reference data directory as an absolute path: REFERENCE_DATA_DIR, else the in-repository copy. */
export function resolveReferenceDataDir(): string {
  return resolve(process.env.REFERENCE_DATA_DIR || DEFAULT_REFERENCE_DATA_DIR);
}

/** The files of the West Yorkshire reference data the seed reads (see data/west-yorkshire/README.md). */
export const REFERENCE_FILES = {
  places: "wy_lad_population_imd.csv",
  wards: "wy_wards_population_imd.csv",
  lsoas: "wy_lsoa21_population_imd2025.csv",
  lsoaBoundaries: "wy_lsoa21_bsc.geojson",
  postcodes: "wy_postcodes_nspl_may2025.csv.gz",
  postcodeDistricts: "wy_postcode_districts_centroids.csv",
  osmAssets: "wy_assets_osm.csv",
  museums: "wy_museums_mappingmuseums.csv",
  libraries: "wy_public_libraries_2023.csv",
  libraryHours: "wy_libraries_hours_contacts.csv",
  osmTags: "wy_assets_osm_tags.csv",
} as const;

export type ReferenceFiles = { [K in keyof typeof REFERENCE_FILES]: string };

/** Absolute paths of every needed file; throws naming the directory and what is missing. */
export async function locateReferenceFiles(referenceDataDir: string): Promise<ReferenceFiles> {
  const dir = resolve(referenceDataDir);
  const isDir = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDir) {
    throw new Error(
      `Reference data directory ${dir} does not exist. Set REFERENCE_DATA_DIR to the folder holding the West Yorkshire data files (e.g. ${REFERENCE_FILES.places}).`,
    );
  }
  const paths = Object.fromEntries(Object.entries(REFERENCE_FILES).map(([key, file]) => [key, join(dir, file)])) as ReferenceFiles;
  const missing: string[] = [];
  for (const file of Object.values(REFERENCE_FILES)) {
    await access(join(dir, file)).catch(() => missing.push(file));
  }
  if (missing.length > 0) {
    throw new Error(
      `Reference data directory ${dir} is missing ${missing.join(", ")}. Set REFERENCE_DATA_DIR to the folder holding the complete West Yorkshire data extract.`,
    );
  }
  return paths;
}
