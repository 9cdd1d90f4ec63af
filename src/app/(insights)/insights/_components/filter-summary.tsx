import { placeName } from "@/lib/places";
import type { InsightsFilters } from "@/lib/validation/insights";
import { termName } from "@/lib/vocabulary";

/** What the figures are of, in one sentence: on screen under the heading and at the top of a printout. */
export function describeFilters(filters: InsightsFilters): string {
  const what = filters.category ? `“${termName("category", filters.category) ?? filters.category}” listings` : "Listings in every category";
  const where = filters.place ? `in ${placeName(filters.place)}` : "across West Yorkshire";
  const which = filters.verifiedOnly ? "verified listings only" : "all published listings, verified or not";
  return `${what} ${where}; ${which}.`;
}

export function FilterSummary({ filters }: { filters: InsightsFilters }) {
  return (
    <p className="mb-6 text-heading-s" data-testid="filter-summary">
      <strong>Showing:</strong> {describeFilters(filters)}
    </p>
  );
}
