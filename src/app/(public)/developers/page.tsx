import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { DEFAULT_PER_PAGE, DEFAULT_PROXIMITY_M, MAX_PER_PAGE, MAX_PROXIMITY_M } from "@/lib/validation/oruk-query";
import { readApiExamples } from "@/server/oruk/read-api-examples";

export const metadata: Metadata = { title: "Open data API for developers" };
export const dynamic = "force-dynamic";

type Example = { href: string; what: string };

function ExampleList({ examples }: { examples: Example[] }) {
  return (
    <ul>
      {examples.map((e) => (
        <li key={e.href}>
          <a href={e.href}>
            <code>{e.href}</code>
          </a>
          : {e.what}
        </li>
      ))}
    </ul>
  );
}

export default async function DevelopersPage() {
  const ids = await readApiExamples();
  const records: Example[] = [
    ids.serviceId && {
      href: `/api/v1/services/${ids.serviceId}`,
      what: "one service in full: venues, sessions, costs, contacts, categories",
    },
    ids.serviceAtLocationId && { href: `/api/v1/service_at_locations/${ids.serviceAtLocationId}`, what: "one service at one venue" },
    ids.organizationId && { href: `/api/v1/organizations/${ids.organizationId}`, what: "one organisation and its services" },
    ids.termId && { href: `/api/v1/services?taxonomy_term_id=${ids.termId}`, what: "services in one category" },
  ].filter((e): e is Example => Boolean(e));
  return (
    <>
      <PageHeading caption="Open data">An API for other directories and tools</PageHeading>
      <div className="prose-body max-w-measure">
        <p>
          Every published listing in the directory can be read by other programs through an API that follows{" "}
          <a href="https://openreferraluk.org/">Open Referral UK</a> (HSDS-UK 3.0), the UK standard for sharing information about local
          services. Council directories, social-prescribing platforms and link-worker tools can read it directly. It needs no key and
          answers any website (CORS), in JSON.
        </p>
        <p>
          The API is described in an OpenAPI 3 document, generated from the same definitions that shape its answers:{" "}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a JSON route handler, not a page: a full load is right */}
          <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>. Start at <a href="/api/v1">/api/v1</a>.
        </p>

        <h2>Try it</h2>
        <ExampleList
          examples={[
            { href: "/api/v1/services?per_page=5", what: "the first five services" },
            { href: "/api/v1/services?search=choir", what: "a text search, as on the search page (spelling mistakes are corrected)" },
            { href: "/api/v1/services?postcode=BD7%201DP&proximity=2000", what: "within 2 km of a postcode, nearest first" },
            { href: "/api/v1/services?day=SA&start_time=09:00&end_time=13:00", what: "with a session on Saturday morning" },
            { href: "/api/v1/services?place=E08000035", what: "at a venue in Leeds (a district code)" },
            { href: "/api/v1/taxonomies", what: "our vocabularies: categories, what it helps with, who it is for, accessibility" },
            { href: "/api/v1/taxonomy_terms?per_page=100", what: "every term of them" },
            ...records,
          ]}
        />

        <h2>Lists and pages</h2>
        <p>
          Lists come in pages: <code>page</code> from 1 and <code>per_page</code> up to {MAX_PER_PAGE} (default {DEFAULT_PER_PAGE}). Each
          page says <code>total_items</code>, <code>total_pages</code>, <code>page_number</code>, <code>size</code> (how many records it
          holds), and <code>first_page</code> and <code>last_page</code>; a page past the end is empty.
        </p>
        <h2>Filters for services</h2>
        <ul>
          <li>
            <code>search</code>, <code>taxonomy_term_id</code>, <code>taxonomy_id</code>, <code>minimum_age</code>, <code>maximum_age</code>
            , <code>day</code> (MO … SU), <code>start_time</code> and <code>end_time</code> (HH:MM), <code>modified_after</code> (ISO 8601):
            as the standard defines them.
          </li>
          <li>
            Local filters: <code>postcode</code> with <code>proximity</code> in metres (default {DEFAULT_PROXIMITY_M}, at most{" "}
            {MAX_PROXIMITY_M}), <code>place</code> (a West Yorkshire district code, like E08000032 for Bradford) and <code>ward</code> (a
            ward code). <code>/service_at_locations</code> takes <code>postcode</code>, <code>proximity</code> and{" "}
            <code>taxonomy_term_id</code>.
          </li>
        </ul>
        <p>
          A parameter we cannot use is answered with status 400 and a JSON body naming it and saying why; an id that is not there with 404.
        </p>
        <h2>Download everything</h2>
        <p>The whole published directory as files, built from the same records as the API:</p>
        <ul>
          <li>
            <a href="/api/v1/export/services.csv" download>
              <code>/api/v1/export/services.csv</code>
            </a>
            : a spreadsheet with one row per service at each of its venues: what, when, where, cost, how to join, contact details, the
            listing’s source and licence and a link to its page here. UTF-8 with a byte-order mark, so Excel opens it cleanly.
          </li>
          <li>
            <a href="/api/v1/export/hsds.zip" download>
              <code>/api/v1/export/hsds.zip</code>
            </a>
            : the Open Referral UK tabular form, one CSV per entity (services, organizations, locations, service_at_location, address,
            schedule, cost_options, taxonomy_terms …) with the standard’s field names, a <code>datapackage.json</code> describing every file
            and its keys, and the licences in <code>LICENCE.txt</code>.
          </li>
        </ul>
        <h2>What the API shows</h2>
        <p>
          Only published listings, and only what their public pages show. Activities run from someone’s home show the area and a point
          rounded to about a kilometre, never the address. <code>assured_date</code> is when a listing was last checked by its provider or a
          moderator; <code>last_modified</code> is when it last changed. The data licences are on <a href="/about/data">about the data</a>{" "}
          and in the <code>licenses</code> of <code>/api/v1</code>: listings from OpenStreetMap are under the ODbL 1.0, which asks for
          credit and share-alike; places, wards and postcodes under the Open Government Licence v3.0; museums from Mapping Museums under CC
          BY 4.0.
        </p>
      </div>
    </>
  );
}
