import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { Tag } from "@/components/ui/tag";
import { dataSources } from "@/lib/data-sources";

export const metadata: Metadata = { title: "About the data" };

export default function AboutDataPage() {
  const cell = "border-b border-rule py-3 pr-4 text-left align-top";
  return (
    <>
      <PageHeading caption="About">Where our data comes from</PageHeading>
      <div className="prose-body max-w-measure">
        <p>
          The directory combines listings from the groups that run activities with open data published by others.
          This page lists each source, its licence and the credit it asks for.
        </p>
      </div>

      <h2 className="mt-10 mb-4 text-heading-l font-bold">Sources and licences</h2>
      {/* A table on wider screens; on phones the same facts as a stacked list, so nothing scrolls sideways. */}
      <table className="hidden w-full text-small sm:table">
        <caption className="mb-3 text-left text-body font-bold">Open data used in the directory</caption>
        <thead>
          <tr>
            <th scope="col" className={cell}>Source</th>
            <th scope="col" className={cell}>What we use it for</th>
            <th scope="col" className={cell}>Licence</th>
            <th scope="col" className={cell}>Attribution</th>
          </tr>
        </thead>
        <tbody>
          {dataSources.map((source) => (
            <tr key={source.name}>
              <th scope="row" className={cell}>
                {source.name}
                <span className="block font-normal text-muted">{source.publisher}</span>
              </th>
              <td className={cell}>{source.usedFor}</td>
              <td className={cell}>{source.licence}</td>
              <td className={cell}>{source.attribution}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="space-y-6 sm:hidden">
        {dataSources.map((source) => (
          <li key={source.name} className="border-t-4 border-brand pt-3">
            <h3 className="font-bold">{source.name}</h3>
            <p className="mb-2 text-muted">{source.publisher}</p>
            <SummaryList
              className="mb-0"
              rows={[
                { key: "What we use it for", value: source.usedFor },
                { key: "Licence", value: source.licence },
                { key: "Attribution", value: source.attribution },
              ]}
            />
          </li>
        ))}
      </ul>

      <div className="prose-body mt-8 max-w-measure">
        <h2>OpenStreetMap and share-alike</h2>
        <p>
          Listings that started from OpenStreetMap (each listing page names its source) form a database derived
          from OpenStreetMap, under the Open Database Licence (ODbL) 1.0. If you copy those listings out of the
          directory, from its pages, a shortlist or a download, and reuse or publish them, the licence asks you to:
        </p>
        <ul>
          <li>credit “© OpenStreetMap contributors” and say the data is available under the ODbL;</li>
          <li>
            offer any database you publish that contains or is built from them under the ODbL too, so others may
            reuse your version on the same terms (share-alike).
          </li>
        </ul>
        <p>
          Counts, charts and maps made from the data, such as those on the insights page and in its CSV
          downloads, need the credit but not the share-alike. Listings written by the groups that run them are not
          derived from OpenStreetMap.
        </p>
        <h2>Public libraries</h2>
        <p>
          The publisher of the public libraries list does not state a licence for the data itself. We show it with
          credit and will remove or replace it if the publisher asks.
        </p>

        <h2 id="not-yet-verified">What “not yet verified” means</h2>
        <p>
          Every listing shows when it was last checked. A listing marked <Tag tone="orange">Not yet verified</Tag>{" "}
          has been published, but nobody has confirmed its details with the group that runs it. This is usually
          because it was gathered from open data, such as OpenStreetMap or Mapping Museums.
        </p>
        <p>Before you send someone to an activity that is not yet verified, check it is still running.</p>
        <p>
          A listing becomes verified when its provider or one of our moderators confirms the details, and the date
          of that check is shown on the listing. Details change, so providers are asked to confirm them again
          from time to time.
        </p>
      </div>
    </>
  );
}
