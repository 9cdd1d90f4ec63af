import { describe, expect, it } from "vitest";
import { paginationItems, type PaginationItem } from "./pagination-items";

const show = (items: PaginationItem[]) =>
  items.map((i) => (i.type === "ellipsis" ? "…" : i.current ? `[${i.page}]` : String(i.page))).join(" ");

describe("paginationItems", () => {
  it("shows nothing for a single page", () => {
    expect(paginationItems(1, 1)).toEqual([]);
    expect(paginationItems(1, 0)).toEqual([]);
  });

  it("shows every page when there are few", () => {
    expect(show(paginationItems(2, 3))).toBe("1 [2] 3");
  });

  it("uses ellipses for skipped runs", () => {
    expect(show(paginationItems(5, 10))).toBe("1 … 4 [5] 6 … 10");
    expect(show(paginationItems(1, 10))).toBe("[1] 2 … 10");
    expect(show(paginationItems(10, 10))).toBe("1 … 9 [10]");
  });

  it("fills a gap of one page with the page rather than an ellipsis", () => {
    expect(show(paginationItems(4, 10))).toBe("1 2 3 [4] 5 … 10");
  });

  it("clamps an out-of-range current page", () => {
    expect(show(paginationItems(99, 3))).toBe("1 2 [3]");
    expect(show(paginationItems(-1, 3))).toBe("[1] 2 3");
  });
});
