import type { ReactNode } from "react";
import { demandCategoryColumns, demandMonthColumns, demandPlaceColumns, demandWardColumns } from "@/lib/insights/columns";
import { formatMonth } from "@/lib/dates";
import type { UnmetDemand } from "@/lib/insights/types";
import type { InsightsFilters } from "@/lib/validation/insights";
import { csvHref } from "./csv-href";
import { DataTable } from "./data-table";
import { Section, sectionTitle } from "./section";

/** What people searched for and could not find, counted anonymously by the search page. */
export function DemandSection({ demand, filters }: { demand: UnmetDemand; filters: InsightsFilters }) {
  const period = `since ${formatMonth(demand.since)}`;
  const none = <p>No searches like this have come up short {period}.</p>;
  const nothing = demand.byMonth.length === 0;
  return (
    <Section id="demand" title={sectionTitle("demand")}>
      <div className="prose-body mb-6 max-w-measure">
        <p>
          Each time a search in the directory finds nothing, or only 1 or 2 listings, we count it by month, by the place and ward of the
          postcode searched from, and by each category asked for. We record nothing else: not the words typed, not who searched. A search
          for two categories counts once in each.
        </p>
        <p>
          These are counts of searches, not of people: one person trying three times counts three times. The category and place you chose
          above apply; “verified only” does not.
        </p>
      </div>
      {nothing ? (
        <div data-testid="demand-empty">{none}</div>
      ) : (
        <DemandTables demand={demand} filters={filters} period={period} none={none} />
      )}
    </Section>
  );
}

type TablesProps = { demand: UnmetDemand; filters: InsightsFilters; period: string; none: ReactNode };

function DemandTables({ demand, filters, period, none }: TablesProps) {
  const caption = (by: string) => `Searches that found little, by ${by}, ${period}`;
  return (
    <>
      <h3 className="mb-3 text-heading-m font-bold">By month</h3>
      <DataTable
        id="demand-months"
        caption={caption("month")}
        columns={demandMonthColumns}
        rows={demand.byMonth}
        rowKey={(r) => r.month}
        csvHref={csvHref("demand-months", filters)}
        empty={none}
      />
      <h3 className="mb-3 text-heading-m font-bold">By category</h3>
      <DataTable
        id="demand-categories"
        caption={caption("category")}
        columns={demandCategoryColumns}
        rows={demand.byCategory}
        rowKey={(r) => r.categoryCode || "none"}
        csvHref={csvHref("demand-categories", filters)}
        empty={none}
      />
      <h3 className="mb-3 text-heading-m font-bold">By place</h3>
      <DataTable
        id="demand-places"
        caption={caption("place")}
        columns={demandPlaceColumns}
        rows={demand.byPlace}
        rowKey={(r) => r.placeCode || "none"}
        csvHref={csvHref("demand-places", filters)}
        empty={none}
      />
      <h3 className="mb-3 text-heading-m font-bold">By ward</h3>
      <DataTable
        id="demand-wards"
        caption={caption("ward")}
        columns={demandWardColumns}
        rows={demand.byWard}
        rowKey={(r) => `${r.placeCode}/${r.wardCode}`}
        csvHref={csvHref("demand-wards", filters)}
        empty={none}
      />
      <p className="mb-10" data-print="hide">
        <a href={csvHref("demand-detail", filters)} download>
          Download every count by month, place, ward and category (CSV)
        </a>
      </p>
    </>
  );
}
