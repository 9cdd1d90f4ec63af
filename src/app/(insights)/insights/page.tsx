import type { Metadata } from "next";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { PageHeading } from "@/components/ui/page-heading";
import { env } from "@/env";
import { deprivedAndUnderServed, gapWards, wardsWithoutListing } from "@/lib/insights/area-lists";
import { rankingReliability } from "@/lib/insights/ranking";
import { parseInsightsQuery } from "@/lib/validation/insights";
import { termName } from "@/lib/vocabulary";
import { readAreaCoverage } from "@/server/insights/read-area-coverage";
import { readCategoryCoverage } from "@/server/insights/read-category-coverage";
import { readListingTrend } from "@/server/insights/read-listing-trend";
import { readUnmetDemand } from "@/server/insights/read-unmet-demand";
import { AboutFigures } from "./_components/about-figures";
import { CategoriesSection, GapSection, NoListingSection, PlacesSection, UnderServedSection } from "./_components/area-sections";
import { Caveats } from "./_components/caveats";
import { DemandSection } from "./_components/demand-section";
import { FilterForm } from "./_components/filter-form";
import { FilterSummary } from "./_components/filter-summary";
import { KeyFigures } from "./_components/key-figures";
import { Contents, subjectOf } from "./_components/section";
import { TooFewListings } from "./_components/too-few-listings";
import { TrendSection } from "./_components/trend-section";
import { WardsSection } from "./_components/wards-section";

export const metadata: Metadata = {
  title: "Coverage insights",
  description: "Where creative health provision in West Yorkshire is thin compared with population and deprivation.",
};

/** West Yorkshire's ward count, for "rank 3 of 124" (fixed reference geography). */
const WARD_COUNT = 124;

export default async function InsightsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { filters, notices } = parseInsightsQuery(await searchParams);
  const coverage = { category: filters.category, verifiedOnly: filters.verifiedOnly };
  const [area, categories, trend, demand] = await Promise.all([
    readAreaCoverage({ filters: coverage, place: filters.place }),
    readCategoryCoverage({ verifiedOnly: filters.verifiedOnly }),
    readListingTrend({ filters: coverage, place: filters.place }),
    readUnmetDemand({ category: filters.category, place: filters.place, detail: false }),
  ]);
  const subject = subjectOf(filters.category ? termName("category", filters.category) : undefined);
  const chosen = area.places.find((p) => p.code === filters.place) ?? area.westYorkshire;
  const without = wardsWithoutListing(area.wards);
  const reliability = rankingReliability(chosen.listings, area.wards.length);
  return (
    <>
      <PageHeading caption="Insights">Where provision is thin: coverage by place, ward and category</PageHeading>
      <div className="prose-body mb-6 max-w-measure">
        <p className="text-heading-s">
          How many creative, cultural and community activities the directory lists for every 10,000 residents, how far people live from the
          nearest, and how that sits beside deprivation. For commissioners and place teams deciding where to look and what to fund.
        </p>
      </div>
      {notices.length > 0 ? (
        <NotificationBanner title="Part of the web address was not understood" id="filter-notices">
          <ul className="list-disc space-y-1 pl-5">
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </NotificationBanner>
      ) : null}
      <FilterForm filters={filters} />
      <FilterSummary filters={filters} />
      <KeyFigures area={chosen} wards={area.wards.length} wardsWithout={without.length} />
      <TooFewListings reliability={reliability} subject={subject} />
      <Caveats />
      <Contents />
      <PlacesSection rows={[area.westYorkshire, ...area.places]} subject={subject} filters={filters} />
      <CategoriesSection rows={categories} filters={filters} />
      <WardsSection
        wards={area.wards}
        subject={subject}
        filters={filters}
        tileUrl={env().MAP_TILE_URL}
        wardCount={WARD_COUNT}
        reliability={reliability}
      />
      <GapSection rows={gapWards(area.wards)} subject={subject} filters={filters} reliability={reliability} />
      <UnderServedSection rows={deprivedAndUnderServed(area.wards)} subject={subject} filters={filters} reliability={reliability} />
      <NoListingSection rows={without} subject={subject} filters={filters} />
      <TrendSection rows={trend} subject={subject} filters={filters} />
      <DemandSection demand={demand} filters={filters} />
      <AboutFigures filters={filters} />
    </>
  );
}
