import "server-only";
import { prisma } from "@/server/db/client";

export type PlaceListingCount = {
  code: string;
  name: string;
  /** Published services with at least one location in this place. */
  published: number;
  /** Of those, how many nobody has verified yet (verified_at IS NULL). */
  notYetVerified: number;
};

export type ListingsByPlace = {
  /** Every place, in name order, including places with no listings. */
  places: PlaceListingCount[];
  /** Distinct published services located in any place (a service in two places counts once here). */
  distinct: { published: number; notYetVerified: number };
};

/**
 * How many published listings each West Yorkshire place has. A service at locations in two places counts in
 * each place, which is why `distinct` is reported separately.
 */
export async function countListingsByPlace(): Promise<ListingsByPlace> {
  const [rows, totals] = await Promise.all([
    prisma.$queryRaw<{ code: string; name: string; published: number; not_yet_verified: number }[]>`
      SELECT p.code, p.name,
             COUNT(DISTINCT s.id)::int AS published,
             COUNT(DISTINCT s.id) FILTER (WHERE s.verified_at IS NULL)::int AS not_yet_verified
        FROM place p
        LEFT JOIN location l ON l.place_code = p.code
        LEFT JOIN service_at_location sal ON sal.location_id = l.id
        LEFT JOIN service s ON s.id = sal.service_id AND s.listing_status = 'published'
       GROUP BY p.code, p.name
       ORDER BY p.name`,
    prisma.$queryRaw<{ published: number; not_yet_verified: number }[]>`
      SELECT COUNT(DISTINCT s.id)::int AS published,
             COUNT(DISTINCT s.id) FILTER (WHERE s.verified_at IS NULL)::int AS not_yet_verified
        FROM service s
        JOIN service_at_location sal ON sal.service_id = s.id
        JOIN location l ON l.id = sal.location_id
       WHERE s.listing_status = 'published' AND l.place_code IS NOT NULL`,
  ]);
  const total = totals[0];
  return {
    places: rows.map((r) => ({
      code: r.code,
      name: r.name,
      published: Number(r.published),
      notYetVerified: Number(r.not_yet_verified),
    })),
    distinct: { published: Number(total?.published ?? 0), notYetVerified: Number(total?.not_yet_verified ?? 0) },
  };
}
