/**
 * Which page numbers to show: always the first and last, the current page and its neighbours, and an
 * ellipsis wherever pages are skipped (GOV.UK pattern: 1 … 4 [5] 6 … 10).
 */
export type PaginationItem = { type: "page"; page: number; current: boolean } | { type: "ellipsis"; key: string };

export function paginationItems(current: number, total: number): PaginationItem[] {
  if (total <= 1) return [];
  const page = Math.min(Math.max(1, Math.trunc(current)), total);
  const wanted = new Set([1, total, page - 1, page, page + 1].filter((n) => n >= 1 && n <= total));
  const pages = [...wanted].sort((a, b) => a - b);
  const items: PaginationItem[] = [];
  let previous = 0;
  for (const n of pages) {
    if (n - previous === 2) items.push({ type: "page", page: n - 1, current: false });
    else if (n - previous > 2) items.push({ type: "ellipsis", key: `after-${previous}` });
    items.push({ type: "page", page: n, current: n === page });
    previous = n;
  }
  return items;
}
