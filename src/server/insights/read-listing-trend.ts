import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { TrendMonth } from "@/lib/insights/types";
import { prisma, type Db } from "@/server/db/client";
import { categoryTerm } from "./aggregates-sql";
import { matchingServices, queryStatistics, type CoverageFilters } from "./coverage-sql";

/** How many months the trend shows at most (the running total still counts everything older). */
export const TREND_MONTHS = 36;

/**
 * "maintained" reads the month counts the insights_aggregates triggers keep (ADR 0041); "from-listings"
 * computes them from the listings, as the maintained ones must equal.
 */
export type TrendStrategy = "maintained" | "from-listings";

/**
 * The directory's growth by month: listings added (imported or added in the directory) and verified, for the
 * listings published today that pass the filters. `verified_at` keeps only the latest check, so a listing
 * verified twice counts once, in the month of its latest check.
 */
export async function readListingTrend(
  options: { filters: CoverageFilters; place?: string | undefined; now?: Date; strategy?: TrendStrategy },
  db: Db = prisma,
): Promise<TrendMonth[]> {
  const now = options.now ?? new Date();
  const counts =
    options.strategy === "from-listings" ? fromListings(options.filters, options.place) : maintained(options.filters, options.place);
  return queryStatistics<TrendMonth>(
    db,
    Prisma.sql`
    WITH ${counts},
    this_month AS (SELECT date_trunc('month', ${now}::timestamptz AT TIME ZONE 'Europe/London')::date AS month),
    months AS (
      SELECT generate_series(LEAST((SELECT min(month) FROM added), (SELECT month FROM this_month)),
                             (SELECT month FROM this_month), interval '1 month')::date AS month),
    series AS (
      SELECT m.month, COALESCE(a.imported, 0) AS imported, COALESCE(a.in_directory, 0) AS in_directory,
             COALESCE(c.verified, 0) AS verified,
             sum(COALESCE(a.imported, 0) + COALESCE(a.in_directory, 0)) OVER (ORDER BY m.month) AS total
      FROM months m LEFT JOIN added a ON a.month = m.month LEFT JOIN checked c ON c.month = m.month)
    SELECT to_char(month, 'YYYY-MM-DD') AS month, imported::int, in_directory::int AS "addedInDirectory",
           verified::int, total::int
    FROM series
    WHERE month > (SELECT month FROM this_month) - ${TREND_MONTHS} * interval '1 month'
    ORDER BY month`,
  );
}

// Both give `added(month, imported, in_directory)` and `checked(month, verified)`, months with none left out.

/** From insights_month_count: '' is "anywhere" (with or without a venue), else a place with a venue there. */
function maintained(filters: CoverageFilters, place: string | undefined): Prisma.Sql {
  const v = filters.verifiedOnly ? "verified_" : "";
  return Prisma.sql`${categoryTerm(filters)},
    counts AS (
      SELECT c.month, ${Prisma.raw(`c.${v}imported`)} AS imported, ${Prisma.raw(`c.${v}in_directory`)} AS in_directory, c.verified
      FROM insights_month_count c JOIN category_term k ON k.id = c.term_id
      WHERE c.area_code = ${place || ""}),
    added AS (SELECT month, imported, in_directory FROM counts WHERE imported + in_directory > 0),
    checked AS (SELECT month, verified FROM counts WHERE verified > 0)`;
}

function fromListings(filters: CoverageFilters, place: string | undefined): Prisma.Sql {
  const inPlace = place
    ? Prisma.sql`WHERE EXISTS (SELECT 1 FROM service_at_location sal JOIN location l ON l.id = sal.location_id
        WHERE sal.service_id = s.id AND l.place_code = ${place})`
    : Prisma.empty;
  return Prisma.sql`${matchingServices(filters)},
    listing AS (
      SELECT s.source, date_trunc('month', s.created_at AT TIME ZONE 'Europe/London')::date AS added,
             date_trunc('month', s.verified_at AT TIME ZONE 'Europe/London')::date AS verified
      FROM service s JOIN matching m ON m.id = s.id ${inPlace}),
    added AS (
      SELECT added AS month, count(*) FILTER (WHERE source <> 'provider') AS imported,
             count(*) FILTER (WHERE source = 'provider') AS in_directory
      FROM listing GROUP BY added),
    checked AS (SELECT verified AS month, count(*) AS verified FROM listing WHERE verified IS NOT NULL GROUP BY verified)`;
}
