import { describe, expect, it } from "vitest";
import { PUBLIC_PAGE_CACHE_CONTROL, publicPageCacheControl } from "./cache-policy";

const HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
const get = (pathname: string, more: { cookie?: string; method?: string; accept?: string | null } = {}) =>
  publicPageCacheControl({
    method: more.method ?? "GET",
    pathname,
    cookie: more.cookie ?? null,
    accept: more.accept === undefined ? HTML : more.accept,
  });

const listing = "/services/b86a86a4-0831-4bb5-b015-652d63af0085";

describe("publicPageCacheControl", () => {
  it("lets anonymous reads of pages that record nothing be cached", () => {
    for (const path of ["/", "/about/data", "/developers", listing]) expect(get(path), path).toBe(PUBLIC_PAGE_CACHE_CONTROL);
    expect(get(listing, { method: "HEAD" })).toBe(PUBLIC_PAGE_CACHE_CONTROL);
  });

  it("never for a request with a cookie: the page may show who is signed in or their shortlist", () => {
    expect(get(listing, { cookie: "authjs.session-token=abc" })).toBeNull();
    expect(get("/", { cookie: "wy_shortlist=x" })).toBeNull();
  });

  it("never for search (it records demand), forms, private areas, React payloads or posts", () => {
    for (const path of [
      "/search",
      `${listing}/report`,
      "/shortlist",
      "/provider",
      "/moderate",
      "/insights",
      "/sign-in",
      "/api/v1/services",
    ])
      expect(get(path), path).toBeNull();
    // A client-side navigation fetches the React payload accepting anything.
    expect(get(listing, { accept: "*/*" })).toBeNull();
    expect(get(listing, { accept: null })).toBeNull();
    expect(get(listing, { method: "POST" })).toBeNull();
  });
});
