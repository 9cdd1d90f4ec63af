import { provisionClasses } from "@/lib/insights/choropleth";
import { wardColumns } from "@/lib/insights/columns";
import type { RankingReliability } from "@/lib/insights/ranking";
import type { AreaCoverage } from "@/lib/insights/types";
import type { InsightsFilters } from "@/lib/validation/insights";
import { csvHref } from "./csv-href";
import { DataTable } from "./data-table";
import { FILTER_FORM_ID } from "./filter-form";
import type { MapWard } from "./map-types";
import { Section, sectionTitle, type Subject } from "./section";
import { TooFewNote } from "./too-few-listings";
import { WardMap } from "./ward-map";

type Props = {
  wards: AreaCoverage[];
  subject: Subject;
  filters: InsightsFilters;
  tileUrl: string;
  wardCount: number;
  reliability: RankingReliability;
};

/** The ward choropleth and the table with the same figures (the map's text equivalent). */
export function WardsSection({ wards, subject, filters, tileUrl, wardCount, reliability }: Props) {
  const { classes, classOf } = provisionClasses(wards.map((w) => w.per10k));
  const mapWards: MapWard[] = wards.map((w) => ({
    code: w.code,
    name: w.name,
    placeName: w.placeName ?? "",
    listings: w.listings,
    per10k: w.per10k,
    imdScore: w.imdScore,
    wyImdRank: w.wyImdRank,
    deprivationFifth: w.deprivationFifth,
    wyProvisionRank: w.wyProvisionRank,
    lowestProvisionFifth: w.lowestProvisionFifth,
    provisionClass: classOf(w.per10k),
  }));
  return (
    <Section id="wards" title={sectionTitle("wards")}>
      <TooFewNote reliability={reliability} subject={subject} />
      <p className="mb-4 max-w-measure">
        {subject.name === "All categories" ? "Listings" : `${subject.name} listings`} per 10,000 residents in each ward
        {filters.place ? " of the place you chose" : ""}, beside the ward’s deprivation. The table under the map has every figure the map
        shows.
      </p>
      <WardMap
        wards={mapWards}
        provisionClasses={classes}
        initialView={filters.map}
        tileUrl={tileUrl}
        wardCount={wardCount}
        subject={subject.name}
        formId={FILTER_FORM_ID}
      />
      <noscript>
        <p className="mb-6">The map needs JavaScript. The table below has the same figures.</p>
      </noscript>
      <DataTable
        id="wards"
        caption={`${subject.name}: listings per 10,000 residents and distance to the nearest, by ward`}
        columns={wardColumns}
        rows={wards}
        rowKey={(r) => r.code}
        rowData={(r) => ({ "data-ward-code": r.code })}
        csvHref={csvHref("wards", filters)}
      />
    </Section>
  );
}
