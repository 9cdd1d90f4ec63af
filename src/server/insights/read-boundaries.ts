import "server-only";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { env } from "@/env";
import { simplifyFeatures, type BoundaryCollection } from "@/lib/insights/boundaries";

/** Ward (ONS Dec 2022 BSC, codes as ward.code) and district boundaries from the reference data. */
export const BOUNDARY_FILES = { wards: "wy_wards_bsc.geojson", places: "wy_lad_from_lsoa21_bsc.geojson" } as const;

export type Boundaries = { wards: BoundaryCollection; places: BoundaryCollection };

let cached: Promise<Boundaries> | undefined;

/**
 * The ward and place outlines for the coverage map, read from REFERENCE_DATA_DIR at run time (by default the
 * copy kept in the repository), reduced to a code per feature and 4 decimal places (about 10 m; the source is already
 * generalised to 200 m). The files never change while the app runs, so each process reads them once.
 */
export function readBoundaries(referenceDataDir: string = env().REFERENCE_DATA_DIR): Promise<Boundaries> {
  cached ??= load(resolve(referenceDataDir)).catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function load(dir: string): Promise<Boundaries> {
  // The directory is configured at run time: keep it out of Next's file tracing.
  const [wards, places] = await Promise.all([
    readFile(/*turbopackIgnore: true*/ join(/*turbopackIgnore: true*/ dir, BOUNDARY_FILES.wards), "utf8"),
    readFile(/*turbopackIgnore: true*/ join(/*turbopackIgnore: true*/ dir, BOUNDARY_FILES.places), "utf8"),
  ]);
  return {
    wards: simplifyFeatures(JSON.parse(wards), "wd_cd"),
    places: simplifyFeatures(JSON.parse(places), "lad24cd"),
  };
}
