import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { ErrorSummary, PageHeading } from "@/components/ui";
import { env } from "@/env";
import { resultsHeadline } from "@/lib/search/results-summary";
import { searchParamsOf } from "@/lib/search/search-url";
import { PAGE_SIZE, parseSearchParams } from "@/lib/validation/search";
import { categories } from "@/lib/vocabulary";
import { countListingsByTerm } from "@/server/places/count-listings-by-term";

import { clientAddress } from "@/server/http/client-address";
import { recordListingDemand } from "@/server/insights/record-listing-demand";
import { recordUnmetDemand } from "@/server/insights/record-unmet-demand";
import { requestLogger } from "@/server/log/log";
import { readShortlistIds } from "@/server/shortlist/shortlist-cookie";
import { SearchForm } from "./_components/search-form";
import { SearchResults } from "./_components/search-results";
import { listingCounts, wardGroups } from "./form-props";
import { loadSearch } from "./load-search";
import { loadWards } from "./load-wards";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const sorted = (params: URLSearchParams) => {
  const copy = new URLSearchParams(params);
  copy.sort();
  return copy.toString();
};

const firstString = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { query, problems } = parseSearchParams(await searchParams);
  if (problems.length) return { title: "Error: Find activities" };
  const { outcome } = await loadSearch(searchParamsOf(query).toString());
  if (!outcome.searched) return { title: "Find activities" };
  const headline = resultsHeadline(query, {
    total: outcome.total,
    page: outcome.page,
    pageSize: PAGE_SIZE,
    originLabel: outcome.origin?.label ?? null,
    matchedAnyWord: outcome.matchedAnyWord,
  });
  return { title: outcome.pageCount > 1 ? `${headline} (page ${outcome.page} of ${outcome.pageCount})` : headline };
}

export default async function SearchPage({ searchParams }: Props) {
  const raw = await searchParams;
  const { query, problems } = parseSearchParams(raw);
  const canonical = searchParamsOf(query);
  // A form submission carries every field, blank or default; send people to the short URL they can share.
  const given = new URLSearchParams(
    Object.entries(raw).flatMap(([k, v]) => (Array.isArray(v) ? v : v === undefined ? [] : [v]).map((x) => [k, x])),
  );
  if (problems.length === 0 && sorted(given) !== sorted(canonical)) redirect(canonical.size ? `/search?${canonical}` : "/search");

  // A postcode we cannot read means the person wanted somewhere: results from everywhere would mislead.
  const blocked = problems.some((p) => p.field === "postcode");
  const [loaded, wards, shortlist, counts] = await Promise.all([
    blocked ? null : loadSearch(canonical.toString()),
    loadWards(),
    readShortlistIds(),
    countListingsByTerm(),
  ]);
  const outcome = loaded?.outcome ?? null;
  const formWards = wardGroups(wards);
  const formCounts = listingCounts(counts);
  const allProblems = [...problems, ...(outcome?.problems ?? [])];
  const errors = Object.fromEntries(allProblems.map((p) => [p.field, p.message]));
  // What the person typed into a field we could not use goes back into it, so nothing is lost.
  const typed = Object.fromEntries(allProblems.map((p) => [p.field, firstString(raw[p.field])]));
  if (outcome?.searched && outcome.page === 1 && !query.bbox) {
    // Request headers cannot be read inside after(): who is searching is taken now.
    const client = { address: await clientAddress(), userAgent: (await headers()).get("user-agent") };
    const log = await requestLogger();
    after(() =>
      recordUnmetDemand({ ...outcome.area, categoryCodes: query.category, resultCount: outcome.total, client }).catch((error: unknown) =>
        log.error("search.unmet_demand_failed", { error }),
      ),
    );
    // Which listings people are shown orders the verify queue (docs/decisions/0032-verify-queue-by-demand.md).
    const shown = outcome.results.map((r) => r.id);
    after(() =>
      recordListingDemand({ serviceIds: shown, kind: "search", userAgent: client.userAgent }).catch((error: unknown) =>
        log.error("search.listing_demand_failed", { error }),
      ),
    );
  }
  return (
    <>
      <PageHeading caption="Search the directory">Find activities</PageHeading>
      <ErrorSummary errors={allProblems.map((p) => ({ fieldId: p.field === "page" ? "results-heading" : p.field, message: p.message }))} />
      <div className="grid gap-8 lg:grid-cols-[19rem_minmax(0,1fr)]">
        <div>
          {outcome?.searched && allProblems.length === 0 ? (
            // After a search a phone lands on the results: the form folds away behind "Change search" (a native
            // control, so it opens and submits without JavaScript). Wide screens keep it open beside the results.
            <details className="search-fold">
              <summary className="inline-flex min-h-11 cursor-pointer items-center border-2 border-ink px-4 py-2 font-bold lg:hidden">
                Change search
              </summary>
              <div className="mt-4 lg:mt-0">
                <SearchForm query={query} wards={formWards} counts={formCounts} errors={errors} typed={typed} />
              </div>
            </details>
          ) : (
            <SearchForm query={query} wards={formWards} counts={formCounts} errors={errors} typed={typed} />
          )}
        </div>
        {outcome?.searched ? (
          <SearchResults
            query={query}
            outcome={outcome}
            shortlist={shortlist}
            wards={wards}
            tileUrl={env().MAP_TILE_URL}
            now={new Date()}
          />
        ) : (
          <StartHere blocked={blocked || Boolean(outcome?.problems.some((p) => p.field === "postcode"))} categoryCounts={counts.category} />
        )}
      </div>
    </>
  );
}

/** Only types of activity that have listings are offered as links (the filter shows every type, with its count). */
function StartHere({ blocked, categoryCounts }: { blocked: boolean; categoryCounts: ReadonlyMap<string, number> }) {
  return (
    <section aria-labelledby="results-heading" className="prose-body max-w-measure">
      <h2 id="results-heading" tabIndex={-1} className="text-heading-l font-bold">
        {blocked ? "Check the postcode to see results" : "Start with a postcode, some words or a filter"}
      </h2>
      <p>Enter the postcode of the person you are helping to see activities near them, nearest first.</p>
      <h3>Or browse a type of activity</h3>
      <ul>
        {categories
          .filter((c) => (categoryCounts.get(c.code) ?? 0) > 0)
          .map((c) => (
            <li key={c.code}>
              <Link href={`/search?category=${c.code}`}>{c.name}</Link>
            </li>
          ))}
      </ul>
    </section>
  );
}
