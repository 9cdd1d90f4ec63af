import { trendColumns } from "@/lib/insights/columns";
import type { TrendMonth } from "@/lib/insights/types";
import type { InsightsFilters } from "@/lib/validation/insights";
import { csvHref } from "./csv-href";
import { DataTable } from "./data-table";
import { Section, sectionTitle, type Subject } from "./section";

export function TrendSection({ rows, subject, filters }: { rows: TrendMonth[]; subject: Subject; filters: InsightsFilters }) {
  return (
    <Section id="trend" title={sectionTitle("trend")}>
      <div className="prose-body mb-4 max-w-measure">
        <p>
          Published {subject.listings} by the month they were added and the month they were last verified, with the running total. Listings
          imported from open data all carry the date of the import, not the date the activity began. A listing verified more than once
          counts in the month of its latest check.
        </p>
      </div>
      <DataTable
        id="trend"
        caption={`${subject.name}: listings added and verified each month`}
        columns={trendColumns}
        rows={rows}
        rowKey={(r) => r.month}
        csvHref={csvHref("trend", filters)}
        empty={<p>No listings match these filters yet.</p>}
      />
    </Section>
  );
}
