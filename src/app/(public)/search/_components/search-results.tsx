import Link from "next/link";
import { ShortlistForm } from "@/app/_components/shortlist-form";
import { ShortlistSummary } from "@/app/_components/shortlist-summary";
import { ResultsMap } from "@/components/map/results-map";
import { Pagination } from "@/components/ui";
import { activeFilters } from "@/lib/search/active-filters";
import { packMapPoints } from "@/lib/search/map-points";
import { factFiltersOf, factTiersText, UNSTATED_HEADING, unstatedExplanation } from "@/lib/search/fact-filters";
import { partialMatchNote, resultsHeadline, resultsRange } from "@/lib/search/results-summary";
import { searchHref } from "@/lib/search/search-url";
import { PAGE_SIZE, type SearchQuery } from "@/lib/validation/search";
import type { WardOption } from "@/server/geo/list-wards";
import type { SearchOutcome, SearchResult } from "@/server/search/search-services";
import { NoResults } from "./no-results";
import { ResultItem } from "./result-item";
import { resultView } from "./result-view";

type Props = {
  query: SearchQuery;
  outcome: SearchOutcome;
  shortlist: readonly string[];
  wards: readonly WardOption[];
  tileUrl: string;
  now: Date;
};

export function SearchResults({ query, outcome, shortlist, wards, tileUrl, now }: Props) {
  const summary = {
    total: outcome.total,
    page: outcome.page,
    pageSize: PAGE_SIZE,
    originLabel: outcome.origin?.label ?? null,
    matchedAnyWord: outcome.matchedAnyWord,
  };
  const filters = activeFilters(query, new Map(wards.map((w) => [w.code, w.name])));
  const factFilters = factFiltersOf(query);
  const tiersText = outcome.factTiers ? factTiersText(query, outcome.factTiers) : "";
  // Stated matches first; the listings that do not say follow under their own heading.
  const stated = outcome.results.filter((r) => r.unstated.length === 0);
  const unstated = outcome.results.filter((r) => r.unstated.length > 0);
  const item = (r: SearchResult) => (
    // Keyed by the number (unique on the page, shorter than the id the payload would carry again).
    <ResultItem key={r.position} result={resultView(r, now, factFilters)} {...(shortlist.includes(r.id) ? { inShortlist: true } : {})} />
  );
  return (
    <section aria-labelledby="results-heading" className="min-w-0">
      <div role="status" aria-live="polite" aria-atomic="true" className="mb-4">
        <h2 id="results-heading" tabIndex={-1} className="text-heading-l font-bold">
          {resultsHeadline(query, summary)}
        </h2>
        {resultsRange(query, summary) ? <p className="mt-1 text-muted">{resultsRange(query, summary)}</p> : null}
        {tiersText && outcome.total > 0 ? <p className="mt-1 font-bold">{tiersText}.</p> : null}
      </div>
      {outcome.corrections.length ? (
        <p className="mb-4">
          We searched for <strong>{outcome.corrections.map((c) => c.to).join(", ")}</strong> instead of{" "}
          <strong>{outcome.corrections.map((c) => c.from).join(", ")}</strong>.
        </p>
      ) : null}
      {outcome.matchedAnyWord ? <p className="mb-4">{partialMatchNote(outcome.total, outcome.partialTotal)}</p> : null}
      {filters.length ? (
        <div className="mb-4" data-print="hide">
          <h3 className="mb-2 font-bold">Filters in use</h3>
          <ul className="flex flex-wrap gap-2">
            {filters.map((f) => (
              <li key={f.removeHref}>
                <Link href={f.removeHref} className="inline-block border-2 border-ink px-2 py-1 no-underline">
                  <span className="sr-only">Remove filter: </span>
                  {f.label} <span aria-hidden="true">✕</span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ShortlistSummary count={shortlist.length} />
      {outcome.total === 0 ? (
        <NoResults query={query} wider={outcome.wider} filters={filters} />
      ) : (
        <div className="flex flex-col">
          {outcome.points.length ? (
            // On a phone the map follows the list, so the first results are on the first screen.
            <div className="order-last mt-4 lg:sticky lg:top-0 lg:z-10 lg:order-none lg:mt-0 lg:mb-4 lg:bg-canvas lg:pb-2">
              <ResultsMap
                points={packMapPoints(outcome.points, new Map(outcome.results.map((r) => [r.id, r.position])))}
                origin={outcome.origin ? { lat: outcome.origin.lat, lng: outcome.origin.lng, label: outcome.origin.label } : null}
                radiusM={query.radius !== undefined && outcome.origin ? query.radius * 1000 : null}
                bbox={query.bbox ?? null}
                tileUrl={tileUrl}
                areaSearchHref={searchHref(query, { bbox: undefined })}
                listId="result-lists"
              />
              {outcome.total > outcome.points.length ? (
                <p className="mt-1 text-small text-muted">
                  The map shows the first {outcome.points.length.toLocaleString("en-GB")} results with a place. Zoom in and search the area
                  to see others.
                </p>
              ) : null}
            </div>
          ) : null}
          <ShortlistForm>
            <div id="result-lists">
              {stated.length ? (
                <ol id="results-list" aria-labelledby="results-heading">
                  {stated.map(item)}
                </ol>
              ) : null}
              {unstated.length ? (
                <>
                  <div className="mt-6 border-l-4 border-ink pl-4">
                    <h3 id="unstated-heading" className="text-heading-m font-bold">
                      {UNSTATED_HEADING}
                    </h3>
                    <p className="mt-1">{unstatedExplanation(factFilters)}</p>
                  </div>
                  <ol id={stated.length ? "results-list-unstated" : "results-list"} aria-labelledby="unstated-heading">
                    {unstated.map(item)}
                  </ol>
                </>
              ) : null}
            </div>
          </ShortlistForm>
          <Pagination currentPage={outcome.page} totalPages={outcome.pageCount} hrefForPage={(page) => searchHref(query, { page })} />
        </div>
      )}
    </section>
  );
}
