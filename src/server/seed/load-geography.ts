import "server-only";
import { readFile } from "node:fs/promises";
import type { PrismaClient } from "@/generated/prisma/client";
import { polygonCentroid, type PolygonGeometry } from "./geo";
import { chunk, intOrNull, numberOrNull, readCsv } from "./read-csv";
import type { ReferenceFiles } from "./reference-files";

export type SeedDb = Pick<PrismaClient, "$executeRaw" | "$queryRaw">;
export type LsoaIndex = Map<string, { wardCode: string; placeCode: string }>;

/** Places, wards and LSOAs (upserts: only rows whose values differ are written). */
export async function loadGeography(db: SeedDb, files: ReferenceFiles) {
  const places = await readCsv(files.places);
  let changed = await db.$executeRaw`
    INSERT INTO place (code, name, population, imd_avg_score, imd_rank_of_avg_score, share_lsoas_most_deprived_10pc)
    SELECT * FROM unnest(${places.map((r) => r.lad24cd)}::text[], ${places.map((r) => r.lad24nm)}::text[],
      ${places.map((r) => intOrNull(r.population_census2021))}::int[], ${places.map((r) => numberOrNull(r.imd2025_avg_score))}::float8[],
      ${places.map((r) => intOrNull(r.imd2025_rank_of_avg_score))}::int[],
      ${places.map((r) => numberOrNull(r.imd2025_prop_lsoas_most_deprived_10pc))}::float8[])
    ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, population = EXCLUDED.population,
      imd_avg_score = EXCLUDED.imd_avg_score, imd_rank_of_avg_score = EXCLUDED.imd_rank_of_avg_score,
      share_lsoas_most_deprived_10pc = EXCLUDED.share_lsoas_most_deprived_10pc
    WHERE (place.name, place.population, place.imd_avg_score, place.imd_rank_of_avg_score, place.share_lsoas_most_deprived_10pc)
      IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.population, EXCLUDED.imd_avg_score, EXCLUDED.imd_rank_of_avg_score, EXCLUDED.share_lsoas_most_deprived_10pc)`;

  const wards = await readCsv(files.wards);
  changed += await db.$executeRaw`
    INSERT INTO ward (code, name, place_code, population, imd_score, wy_imd_rank, share_lsoas_decile_1_2)
    SELECT * FROM unnest(${wards.map((r) => r.wd_cd)}::text[], ${wards.map((r) => r.wd_nm)}::text[], ${wards.map((r) => r.lad24cd)}::text[],
      ${wards.map((r) => intOrNull(r.population_census2021_bestfit))}::int[], ${wards.map((r) => numberOrNull(r.imd2025_score_popweighted))}::float8[],
      ${wards.map((r) => intOrNull(r.wy_rank_imd2025_score))}::int[], ${wards.map((r) => numberOrNull(r.share_lsoas_imd2025_decile_1_2))}::float8[])
    ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, place_code = EXCLUDED.place_code, population = EXCLUDED.population,
      imd_score = EXCLUDED.imd_score, wy_imd_rank = EXCLUDED.wy_imd_rank, share_lsoas_decile_1_2 = EXCLUDED.share_lsoas_decile_1_2
    WHERE (ward.name, ward.place_code, ward.population, ward.imd_score, ward.wy_imd_rank, ward.share_lsoas_decile_1_2)
      IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.place_code, EXCLUDED.population, EXCLUDED.imd_score, EXCLUDED.wy_imd_rank, EXCLUDED.share_lsoas_decile_1_2)`;

  const centroids = await readLsoaCentroids(files.lsoaBoundaries);
  const lsoas = await readCsv(files.lsoas);
  const lsoaIndex: LsoaIndex = new Map(lsoas.map((r) => [r.lsoa21_code!, { wardCode: r.ward24_code!, placeCode: r.ltla24_code! }]));
  for (const rows of chunk(lsoas, 5000)) {
    changed += await db.$executeRaw`
      INSERT INTO lsoa (code, name, ward_code, place_code, population, imd_score, imd_rank, imd_decile, lat, lng)
      SELECT * FROM unnest(${rows.map((r) => r.lsoa21_code)}::text[], ${rows.map((r) => r.lsoa21_name)}::text[],
        ${rows.map((r) => r.ward24_code)}::text[], ${rows.map((r) => r.ltla24_code)}::text[],
        ${rows.map((r) => intOrNull(r.population_census2021))}::int[], ${rows.map((r) => numberOrNull(r.imd2025_IMD_score))}::float8[],
        ${rows.map((r) => intOrNull(r.imd2025_IMD_rank))}::int[], ${rows.map((r) => intOrNull(r.imd2025_IMD_decile))}::int[],
        ${rows.map((r) => centroids.get(r.lsoa21_code!)?.lat ?? null)}::float8[], ${rows.map((r) => centroids.get(r.lsoa21_code!)?.lng ?? null)}::float8[])
      ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, ward_code = EXCLUDED.ward_code, place_code = EXCLUDED.place_code,
        population = EXCLUDED.population, imd_score = EXCLUDED.imd_score, imd_rank = EXCLUDED.imd_rank, imd_decile = EXCLUDED.imd_decile,
        lat = EXCLUDED.lat, lng = EXCLUDED.lng
      WHERE (lsoa.name, lsoa.ward_code, lsoa.place_code, lsoa.population, lsoa.imd_score, lsoa.imd_rank, lsoa.imd_decile, lsoa.lat, lsoa.lng)
        IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.ward_code, EXCLUDED.place_code, EXCLUDED.population, EXCLUDED.imd_score,
          EXCLUDED.imd_rank, EXCLUDED.imd_decile, EXCLUDED.lat, EXCLUDED.lng)`;
  }
  return {
    counts: {
      places: places.length,
      wards: wards.length,
      lsoas: lsoas.length,
      lsoasWithoutCentroid: lsoas.filter((r) => !centroids.has(r.lsoa21_code!)).length,
    },
    wardCodes: new Set(wards.map((r) => r.wd_cd!)),
    lsoaIndex,
    changed,
  };
}

/** LSOA code → centroid of its (generalised) boundary polygon, rounded to 5 d.p. like the source. */
async function readLsoaCentroids(path: string): Promise<Map<string, { lat: number; lng: number }>> {
  const collection = JSON.parse(await readFile(path, "utf8")) as {
    features: { properties: { lsoa21_code: string }; geometry: PolygonGeometry }[];
  };
  const round = (n: number) => Math.round(n * 1e5) / 1e5;
  const out = new Map<string, { lat: number; lng: number }>();
  for (const feature of collection.features) {
    const c = polygonCentroid(feature.geometry);
    if (c) out.set(feature.properties.lsoa21_code, { lat: round(c.lat), lng: round(c.lng) });
  }
  return out;
}
