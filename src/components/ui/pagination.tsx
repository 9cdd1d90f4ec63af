import Link from "next/link";
import { paginationItems } from "./pagination-items";

/**
 * Previous / numbered / Next links for a paged list. Links are real URLs (the search lives in the URL), so it
 * works without JavaScript. `hrefForPage` builds each page's URL, keeping the other query parameters.
 */
export function Pagination({
  currentPage,
  totalPages,
  hrefForPage,
  label = "Results pages",
}: {
  currentPage: number;
  totalPages: number;
  hrefForPage: (page: number) => string;
  label?: string;
}) {
  const items = paginationItems(currentPage, totalPages);
  if (items.length === 0) return null;
  const linkClass = "inline-block min-w-11 px-3 py-2 text-center font-bold";
  return (
    <nav aria-label={label} className="my-8" data-print="hide">
      <ul className="flex flex-wrap items-center gap-1">
        {currentPage > 1 ? (
          <li>
            <Link href={hrefForPage(currentPage - 1)} rel="prev" className={linkClass}>
              ← Previous<span className="sr-only"> page</span>
            </Link>
          </li>
        ) : null}
        {items.map((item) =>
          item.type === "ellipsis" ? (
            <li key={item.key} className="px-2" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={item.page}>
              {item.current ? (
                <span aria-current="page" className={`${linkClass} bg-brand text-white`}>
                  <span className="sr-only">Page </span>
                  {item.page}
                </span>
              ) : (
                <Link href={hrefForPage(item.page)} className={linkClass} aria-label={`Page ${item.page}`}>
                  {item.page}
                </Link>
              )}
            </li>
          ),
        )}
        {currentPage < totalPages ? (
          <li>
            <Link href={hrefForPage(currentPage + 1)} rel="next" className={linkClass}>
              Next<span className="sr-only"> page</span> →
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
