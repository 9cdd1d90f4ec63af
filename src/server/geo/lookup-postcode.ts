import "server-only";
import { prisma, type DbOrTx } from "@/server/db/client";
import { fail, ok, type Result } from "@/lib/result";
import { parsePostcodeQuery } from "@/lib/postcode";

export type PostcodeLocation = {
  kind: "postcode" | "district";
  /** As people write it: "BD7 1DP" or "BD7". */
  label: string;
  lat: number;
  lng: number;
  placeCode: string;
  /** Only for a full postcode (a district spans several wards). */
  wardCode: string | null;
  lsoaCode: string | null;
};

export type PostcodeLookup = Result<PostcodeLocation, "invalid" | "not_found">;

/**
 * Geocodes a West Yorkshire postcode or postcode district from the ONS postcode table (no outside service).
 * Unknown or non-West-Yorkshire postcodes are an expected answer, not an error.
 */
export async function lookupPostcode(raw: string, db: DbOrTx = prisma): Promise<PostcodeLookup> {
  const query = parsePostcodeQuery(raw);
  if (!query) {
    return fail("invalid", "Enter a full postcode, like BD7 1DP, or a postcode district, like BD7");
  }
  if (query.kind === "postcode") {
    const row = await db.postcode.findUnique({
      where: { pcd: query.postcode },
      select: { lat: true, lng: true, placeCode: true, lsoaCode: true, lsoa: { select: { wardCode: true } } },
    });
    if (!row) return notFound(query.postcode);
    return ok({
      kind: "postcode",
      label: query.postcode,
      lat: row.lat,
      lng: row.lng,
      placeCode: row.placeCode,
      wardCode: row.lsoa.wardCode,
      lsoaCode: row.lsoaCode,
    });
  }
  const district = await db.postcodeDistrict.findUnique({ where: { outcode: query.outcode } });
  if (!district) return notFound(query.outcode);
  return ok({
    kind: "district",
    label: query.outcode,
    lat: district.lat,
    lng: district.lng,
    placeCode: district.mainPlaceCode,
    wardCode: null,
    lsoaCode: null,
  });
}

function notFound(label: string): PostcodeLookup {
  return fail(
    "not_found",
    `We could not find ${label} in West Yorkshire. Check the postcode, or use one in Bradford, Calderdale, Kirklees, Leeds or Wakefield`,
  );
}
