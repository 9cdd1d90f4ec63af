import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { CoverageFilters } from "./coverage-sql";

// Reads of the aggregates the insights_aggregates migration keeps in step with the listings (ADR 0041). They
// hold, per area (ward, place, West Yorkshire) × category, the distinct published listings with a venue there,
// and per LSOA × category the metres to the nearest venue within 2 km; each with and without unverified ones.

/** The term id the aggregates use for "every listing, whatever its category". */
export const EVERY_LISTING = "00000000-0000-0000-0000-000000000000";

/** `category_term(id)`: the filters' category term (no row for an unknown code), or EVERY_LISTING. */
export function categoryTerm(filters: CoverageFilters): Prisma.Sql {
  return filters.category
    ? Prisma.sql`category_term AS (
        SELECT t.id FROM taxonomy_term t JOIN taxonomy x ON x.id = t.taxonomy_id AND x.slug = 'category'
        WHERE t.code = ${filters.category})`
    : Prisma.sql`category_term AS (SELECT ${EVERY_LISTING}::uuid AS id)`;
}

/** The listings column that applies: every published listing, or only verified ones. */
export function listingsColumn(filters: Pick<CoverageFilters, "verifiedOnly">, alias = "c"): Prisma.Sql {
  return Prisma.raw(`${alias}.${filters.verifiedOnly ? "verified_listings" : "listings"}`);
}

/** `counts(code, listings)`: listings per area code for the filters. Needs nothing else. */
export function maintainedCounts(filters: CoverageFilters): Prisma.Sql {
  return Prisma.sql`${categoryTerm(filters)},
  counts AS (
    SELECT c.area_code AS code, ${listingsColumn(filters)} AS listings
    FROM insights_area_count c JOIN category_term k ON k.id = c.term_id)`;
}

/** `nearest(code, ward_code, place_code, population, metres)`, as nearestVenue gives, from the aggregates. */
export function maintainedNearest(filters: CoverageFilters): Prisma.Sql {
  const metres = Prisma.raw(filters.verifiedOnly ? "n.verified_metres" : "n.metres");
  return Prisma.sql`${categoryTerm(filters)},
  nearest AS (
    SELECT z.code, z.ward_code, z.place_code, z.population, ${metres} AS metres
    FROM lsoa z
    LEFT JOIN (insights_lsoa_nearest n JOIN category_term k ON k.id = n.term_id) ON n.lsoa_code = z.code
    WHERE z.lat IS NOT NULL AND z.lng IS NOT NULL)`;
}
