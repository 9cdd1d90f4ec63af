import { categoryScreenColumns, gapColumns, noListingColumns, placeColumns, underServedColumns } from "@/lib/insights/columns";
import type { RankingReliability } from "@/lib/insights/ranking";
import type { AreaCoverage, CategoryCoverage } from "@/lib/insights/types";
import type { InsightsFilters } from "@/lib/validation/insights";
import { csvHref } from "./csv-href";
import { DataTable } from "./data-table";
import { Section, sectionTitle, type Subject } from "./section";
import { TooFewNote } from "./too-few-listings";

export function PlacesSection({ rows, subject, filters }: { rows: AreaCoverage[]; subject: Subject; filters: InsightsFilters }) {
  return (
    <Section id="places" title={sectionTitle("places")}>
      <p className="mb-4 max-w-measure">
        All five places, whatever place you chose above. “Compared with West Yorkshire” sets a place’s rate per 10,000 residents against
        West Yorkshire’s as a whole.
      </p>
      <DataTable
        id="places"
        caption={`${subject.name}: listings per 10,000 residents in each place`}
        columns={placeColumns}
        rows={rows}
        rowKey={(r) => r.code}
        rowData={(r) => ({ "data-area-code": r.code })}
        csvHref={csvHref("places", filters)}
      />
    </Section>
  );
}

export function CategoriesSection({ rows, filters }: { rows: CategoryCoverage[]; filters: InsightsFilters }) {
  return (
    <Section id="categories" title={sectionTitle("categories")}>
      <p className="mb-4 max-w-measure">
        Every category, for West Yorkshire and each place, whichever category and place you chose above. A listing in two categories counts
        in both.
      </p>
      <DataTable
        id="categories"
        caption="Listings per 10,000 residents (and the number of listings), by category and place"
        columns={categoryScreenColumns}
        rows={rows}
        rowKey={(r) => r.categoryCode ?? "all"}
        rowData={(r) => ({ "data-category-code": r.categoryCode ?? "" })}
        csvHref={csvHref("categories", filters)}
      />
    </Section>
  );
}

type RankedProps = { rows: AreaCoverage[]; subject: Subject; filters: InsightsFilters; reliability: RankingReliability };

export function GapSection({ rows, subject, filters, reliability }: RankedProps) {
  return (
    <Section id="gaps" title={sectionTitle("gaps")}>
      <TooFewNote reliability={reliability} subject={subject} />
      <div className="prose-body mb-4 max-w-measure">
        <p>
          The wards in the most deprived fifth of West Yorkshire’s 124 (by IMD 2025 score), those with the fewest {subject.listings} per
          10,000 residents first. Where two have the same rate, the more deprived comes first. These are the places to look at first, after
          checking whether activities are simply missing from the directory.
        </p>
      </div>
      <DataTable
        id="gaps"
        caption={`Gap list: the most deprived wards by ${subject.listings} per 10,000 residents`}
        columns={gapColumns}
        rows={rows}
        rowKey={(r) => r.code}
        rowData={(r) => ({ "data-ward-code": r.code })}
        csvHref={csvHref("gaps", filters)}
        empty={<p>None of the wards shown is in West Yorkshire’s most deprived fifth.</p>}
      />
    </Section>
  );
}

export function UnderServedSection({ rows, subject, filters, reliability }: RankedProps) {
  return (
    <Section id="deprived-under-served" title={sectionTitle("deprived-under-served")}>
      <TooFewNote reliability={reliability} subject={subject} />
      <div className="prose-body mb-4 max-w-measure">
        <p>
          The wards of the gap list that are also in the lowest fifth of West Yorkshire’s 124 wards for {subject.listings} per 10,000
          residents, in gap-list order. Wards tied at the edge of the lowest fifth are all in it, so when many wards have none, every ward
          with none counts as under-served. The map above shows them when you colour the wards by “Deprived and under-served”.
        </p>
      </div>
      <DataTable
        id="deprived-under-served"
        caption={`Wards both in the most deprived fifth and in the lowest fifth for ${subject.listings} per 10,000 residents`}
        columns={underServedColumns}
        rows={rows}
        rowKey={(r) => r.code}
        rowData={(r) => ({ "data-ward-code": r.code })}
        csvHref={csvHref("deprived-under-served", filters)}
        empty={<p>None of the wards shown is both in the most deprived fifth and in the lowest provision fifth.</p>}
      />
    </Section>
  );
}

export function NoListingSection({ rows, subject, filters }: { rows: AreaCoverage[]; subject: Subject; filters: InsightsFilters }) {
  return (
    <Section id="no-listing" title={sectionTitle("no-listing")}>
      <p className="mb-4 max-w-measure">
        Wards with no {subject.listing} within their boundary, most deprived first. People there may still have one nearby: see how far
        residents are from the nearest.
      </p>
      <DataTable
        id="no-listing"
        caption={`Wards with no ${subject.listing}`}
        columns={noListingColumns}
        rows={rows}
        rowKey={(r) => r.code}
        rowData={(r) => ({ "data-ward-code": r.code })}
        csvHref={csvHref("no-listing", filters)}
        empty={<p>Every ward shown has at least one listing.</p>}
      />
    </Section>
  );
}
