import Link from "next/link";
import type { InsightsFilters } from "@/lib/validation/insights";
import { csvHref } from "./csv-href";
import { Section, sectionTitle } from "./section";

/** Definitions, sources and limits of every figure on the page. */
export function AboutFigures({ filters }: { filters: InsightsFilters }) {
  return (
    <Section id="about-these-figures" title={sectionTitle("about-these-figures")}>
      <div className="prose-body max-w-measure">
        <h3>What is counted</h3>
        <p>
          A listing is an activity, group or venue published in the directory. It counts in a ward or place when at least one of its venues
          is there, so a listing with venues in two wards counts in both, and once in West Yorkshire. Online-only listings and listings with
          no venue are not in these figures. Nothing waiting for review, rejected or archived is counted. “Verified listings only” leaves
          out listings nobody has yet checked with the group that runs them.
        </p>
        <h3>Missing data looks like a gap</h3>
        <p>
          Most listings were imported from OpenStreetMap (July 2023), the Mapping Museums register and the public libraries list.
          OpenStreetMap is mapped by volunteers, far more fully in Leeds than elsewhere, and its biggest categories are parks and
          allotments. Before treating a low figure as a gap in provision, check whether activities there are simply not in the directory
          yet, and invite the groups that run them to list.
        </p>
        <h3>Residents and deprivation</h3>
        <p>
          Residents are usual residents in the Census 2021 (Office for National Statistics). Place totals are the published district totals.
          A ward’s population is the sum of the LSOAs (small areas of about 1,500 people) that fit best inside it, so it is approximate.
          Deprivation is the English Indices of Deprivation 2025: a ward’s score is the average of its LSOAs’ scores weighted by population,
          ranked across West Yorkshire’s 124 wards (1 = most deprived). The most deprived fifth is the 25 highest-scoring wards.
        </p>
        <h3>Deprived and under-served</h3>
        <p>
          Wards are also ranked across West Yorkshire by listings per 10,000 residents, fewest first; wards with the same rate share a rank.
          The lowest provision fifth is every ward ranked in the first 25, including all wards tied there, so when many wards have none of a
          category, all of them count. A ward is deprived and under-served when it is in the most deprived fifth and in the lowest provision
          fifth. With fewer listings than wards the page says so: most wards then have none, and the order among them says little.
        </p>
        <h3>Distance to the nearest listing</h3>
        <p>
          For each LSOA we measure the straight-line distance from its centre to the nearest venue of a matching listing, anywhere in West
          Yorkshire, and count all its residents as more than 1 km or 2 km away when it is. A ward’s or place’s figure is the share of its
          residents in such LSOAs. Straight lines ignore roads, hills, rivers and bus routes, so real journeys are longer.
        </p>
        <h3>Rates and comparisons</h3>
        <p>
          Listings per 10,000 residents is the number of listings divided by the population, times 10,000, to 2 decimal places. “Compared
          with West Yorkshire” is a rate against West Yorkshire’s: 50% lower means half as many listings per head. Small numbers swing: one
          listing more or less changes a ward’s rate a lot.
        </p>
        <h3>Download everything</h3>
        <p>
          Each table has its own CSV download (UTF-8, opens in Excel), with the codes of every area and category so you can join it to other
          data. You can also download{" "}
          <a href={csvHref("ward-categories", filters)} download>
            every ward and every category in one table (CSV)
          </a>
          . Sources and licences are on <Link href="/about/data">About the data</Link>.
        </p>
      </div>
    </Section>
  );
}
