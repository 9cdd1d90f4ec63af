import Link from "next/link";
import type { ActiveFilter } from "@/lib/search/active-filters";
import { searchHref } from "@/lib/search/search-url";
import type { SearchQuery } from "@/lib/validation/search";

/** Helpful empty state: how many there are further out, and filters to drop. */
export function NoResults({
  query,
  wider,
  filters,
}: {
  query: SearchQuery;
  wider: ReadonlyArray<{ radiusKm: number; count: number }>;
  filters: readonly ActiveFilter[];
}) {
  const further = wider.find((w) => w.count > 0);
  return (
    <div className="prose-body max-w-measure">
      {wider.length ? (
        <p>
          {wider.map((w) => `${w.count.toLocaleString("en-GB")} within ${w.radiusKm} km`).join("; ")}.{" "}
          {further ? (
            <Link href={searchHref(query, { radius: further.radiusKm })}>
              Search within {further.radiusKm} km instead<span className="sr-only"> ({further.count} results)</span>
            </Link>
          ) : null}
        </p>
      ) : null}
      {filters.length ? (
        <>
          <p>You could remove a filter:</p>
          <ul>
            {filters.map((f) => (
              <li key={f.removeHref}>
                <Link href={f.removeHref}>Remove “{f.label}”</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {query.q ? <p>Check the spelling, or use fewer or more general words, like “art” or “walking”.</p> : null}
    </div>
  );
}
