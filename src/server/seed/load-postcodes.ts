import "server-only";
import { normalisePostcode, outcodeOf } from "@/lib/postcode";
import type { LsoaIndex, SeedDb } from "./load-geography";
import { chunk, intOrNull, numberOrNull, readCsv } from "./read-csv";
import type { ReferenceFiles } from "./reference-files";

export type PostcodePoint = { lat: number; lng: number; lsoaCode: string; placeCode: string };
export type PostcodeIndex = Map<string, PostcodePoint>;

const CHUNK = 10_000;

/**
 * Postcodes and postcode districts. A postcode whose LSOA is not in the LSOA table (or that has no usable
 * code or coordinates) is skipped and counted rather than failing the seed.
 */
export async function loadPostcodes(db: SeedDb, files: ReferenceFiles, lsoaIndex: LsoaIndex) {
  const rows = await readCsv(files.postcodes);
  const index: PostcodeIndex = new Map();
  let skipped = 0;
  for (const row of rows) {
    const pcd = normalisePostcode(row.pcd);
    const lat = numberOrNull(row.lat);
    const lng = numberOrNull(row.lng);
    const lsoa = lsoaIndex.get(row.lsoa21cd ?? "");
    if (!pcd || lat === null || lng === null || !lsoa || index.has(pcd)) {
      skipped++;
      continue;
    }
    // The LSOA's district, not the file's lad24cd: the two come from different polygons near boundaries and
    // a postcode must agree with its LSOA.
    index.set(pcd, { lat, lng, lsoaCode: row.lsoa21cd!, placeCode: lsoa.placeCode });
  }

  let changed = 0;
  for (const part of chunk([...index.entries()], CHUNK)) {
    changed += await db.$executeRaw`
      INSERT INTO postcode (pcd, outcode, lat, lng, lsoa_code, place_code)
      SELECT * FROM unnest(${part.map(([pcd]) => pcd)}::text[], ${part.map(([pcd]) => outcodeOf(pcd))}::text[],
        ${part.map(([, p]) => p.lat)}::float8[], ${part.map(([, p]) => p.lng)}::float8[],
        ${part.map(([, p]) => p.lsoaCode)}::text[], ${part.map(([, p]) => p.placeCode)}::text[])
      ON CONFLICT (pcd) DO UPDATE SET outcode = EXCLUDED.outcode, lat = EXCLUDED.lat, lng = EXCLUDED.lng,
        lsoa_code = EXCLUDED.lsoa_code, place_code = EXCLUDED.place_code
      WHERE (postcode.outcode, postcode.lat, postcode.lng, postcode.lsoa_code, postcode.place_code)
        IS DISTINCT FROM (EXCLUDED.outcode, EXCLUDED.lat, EXCLUDED.lng, EXCLUDED.lsoa_code, EXCLUDED.place_code)`;
  }

  const districts = await readCsv(files.postcodeDistricts);
  changed += await db.$executeRaw`
    INSERT INTO postcode_district (outcode, lat, lng, postcodes, main_place_code)
    SELECT * FROM unnest(${districts.map((r) => r.outcode)}::text[], ${districts.map((r) => numberOrNull(r.lat))}::float8[],
      ${districts.map((r) => numberOrNull(r.lng))}::float8[], ${districts.map((r) => intOrNull(r.n_postcodes))}::int[],
      ${districts.map((r) => r.main_lad24cd)}::text[])
    ON CONFLICT (outcode) DO UPDATE SET lat = EXCLUDED.lat, lng = EXCLUDED.lng, postcodes = EXCLUDED.postcodes,
      main_place_code = EXCLUDED.main_place_code
    WHERE (postcode_district.lat, postcode_district.lng, postcode_district.postcodes, postcode_district.main_place_code)
      IS DISTINCT FROM (EXCLUDED.lat, EXCLUDED.lng, EXCLUDED.postcodes, EXCLUDED.main_place_code)`;

  return { counts: { postcodes: index.size, postcodesSkipped: skipped, postcodeDistricts: districts.length }, index, changed };
}
