// Which answers a browser or a shared cache (a CDN, a council's proxy) may keep. Only pages that are the same
// for every anonymous visitor and whose rendering records nothing: /search is left out because showing
// results counts unmet demand and listing demand (a cached page would count nothing), and everything behind a
// sign-in or a form is left out too. A request carrying any cookie (a session, the shortlist, Auth.js's own)
// gets Next's default `private, no-store`: the page may show who is signed in or what they shortlisted.
// Next sets its own `Vary` on pages (it drops a `Vary: Cookie` from the proxy), so a shared cache in front
// must not answer a request that carries a cookie from its store (docs/decisions/0019-page-weight-and-caching.md says how).

/**
 * A shared cache keeps the page a minute (a moderator's change, or a hidden address, reaches everyone within
 * it); a browser asks again every time, because its own copy would go stale the moment the person adds to
 * their shortlist or signs in (their next request carries a cookie; the stored copy was made without one).
 */
export const PUBLIC_PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=60";

const PUBLIC_PAGES: readonly RegExp[] = [/^\/$/, /^\/about\/[a-z-]+$/, /^\/developers$/, /^\/services\/[0-9a-f-]{36}$/i];

export type PageRequestFacts = {
  method: string;
  pathname: string;
  /** The request's Cookie header, or null. */
  cookie: string | null;
  /** The Accept header: only a document request (a browser opening the page) asks for text/html. */
  accept: string | null;
};

/** The Cache-Control for a page request, or null to leave Next's own (`private, no-cache, no-store`). */
export function publicPageCacheControl(request: PageRequestFacts): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (request.cookie?.trim()) return null;
  // Next strips its own headers (RSC, the router state) before the proxy runs, so a client-side navigation's
  // fetch of the React payload is told apart by what it accepts (anything, `*/*`); it is left uncached.
  if (!request.accept?.includes("text/html")) return null;
  return PUBLIC_PAGES.some((p) => p.test(request.pathname)) ? PUBLIC_PAGE_CACHE_CONTROL : null;
}
