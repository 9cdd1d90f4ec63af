import "server-only";
import { DEFAULT_PER_PAGE } from "@/lib/validation/oruk-query";
import type { OrukPage } from "@/lib/validation/oruk-records";

export type PageRequest = { page: number; perPage: number };

export function pageRequest(q: { page?: number; per_page?: number }): PageRequest {
  return { page: q.page ?? 1, perPage: q.per_page ?? DEFAULT_PER_PAGE };
}

export const offsetOf = (p: PageRequest) => (p.page - 1) * p.perPage;

/**
 * The standard's page wrapper, honest at the edges: `size` is what `contents` holds, `first_page` is true on
 * page 1 only, `last_page` on the last page only (page 1 when there is nothing), and a page past the end is
 * empty rather than an error.
 */
export function toPage<T>(contents: T[], total: number, p: PageRequest): OrukPage<T> {
  const totalPages = Math.ceil(total / p.perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: p.page,
    size: contents.length,
    first_page: p.page === 1,
    last_page: p.page === Math.max(totalPages, 1),
    empty: contents.length === 0,
    contents,
  };
}

/** Rows in the order of `ids` (a query by `id IN` returns them in any order). */
export function inOrder<T extends { id: string }>(ids: readonly string[], rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
