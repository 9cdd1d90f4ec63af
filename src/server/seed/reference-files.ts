import "server-only";
import { access, stat } from "node:fs/promises";
import { join, resolve } from "node:path";

/** The files of the West Yorkshire reference data extract the seed reads (see its README). */
export const REFERENCE_FILES = {
  places: "wy_lad_population_imd.csv",
  wards: "wy_wards_population_imd.csv",
  lsoas: "wy_lsoa21_population_imd2025.csv",
  lsoaBoundaries: "wy_lsoa21_bsc.geojson",
  postcodes: "wy_postcodes_nspl_may2025.csv",
  postcodeDistricts: "wy_postcode_districts_centroids.csv",
  osmAssets: "wy_assets_osm.csv",
  museums: "wy_museums_mappingmuseums.csv",
  libraries: "wy_public_libraries_2023.csv",
} as const;

export type ReferenceFiles = { [K in keyof typeof REFERENCE_FILES]: string };

/** Absolute paths of every needed file; throws naming the directory and what is missing. */
export async function locateReferenceFiles(referenceDataDir: string): Promise<ReferenceFiles> {
  const dir = resolve(referenceDataDir);
  const isDir = await stat(dir).then((s) => s.isDirectory(), () => false);
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
