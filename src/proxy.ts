import { NextResponse, type NextRequest } from "next/server";
import { CORS_HEADERS, isApiPath } from "@/lib/api-cors";
import { publicPageCacheControl } from "@/lib/cache-policy";
import { REQUEST_ID_HEADER, newRequestId } from "@/lib/request-id";
import { contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/security-headers";
import { UNAVAILABLE_RETRY_AFTER_SECONDS, unavailablePage } from "@/lib/unavailable-page";
import { databaseIsReachable } from "@/server/health/database-verdict";
import { appUrl } from "@/server/http/app-url";

// Runs before routing. It never authorises anything (every page and action checks for itself); it gives every
// request an id and a CSP nonce, sets the security headers, turns requests Next would answer with a bare 500
// into a 400 that carries them, and answers page requests with a 503 page while the database cannot be reached
// (docs/decisions/0014-database-outage.md).

const isDev = process.env.NODE_ENV !== "production";

/**
 * HSTS only when the public address is https. Read here rather than through env(): the proxy must answer (and
 * answer 400s) whatever else is configured; env() validates APP_URL's format at boot.
 */
function servesHttps(): boolean {
  try {
    return new URL(process.env.APP_URL ?? "").protocol === "https:";
  } catch {
    return false;
  }
}

/** True if every segment of the path can be percent-decoded (`/services/%ff` cannot: Next's decoding throws). */
export function isDecodablePath(pathname: string): boolean {
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/** Server action ids are hex digests; anything else in Next-Action is not one of ours. */
const ACTION_ID = /^[0-9a-f]{40,64}$/i;

type Stamp = { requestId: string; headers: Array<{ key: string; value: string }> };

function withHeaders(response: NextResponse, stamp: Stamp): NextResponse {
  for (const { key, value } of stamp.headers) response.headers.set(key, value);
  response.headers.set(REQUEST_ID_HEADER, stamp.requestId);
  return response;
}

/** The public API: a preflight is answered here, and every answer (Next's own 404s too) is readable from any origin. */
function apiHeaders(request: NextRequest, stamp: Stamp): Stamp {
  if (!isApiPath(request.nextUrl.pathname)) return stamp;
  return { ...stamp, headers: [...stamp.headers, ...Object.entries(CORS_HEADERS).map(([key, value]) => ({ key, value }))] };
}

/**
 * Anonymous reads of pages that record nothing may be kept for a minute (src/lib/cache-policy.ts). `Vary:
 * Cookie` says the copy is for cookie-less requests (Next replaces it on pages, keeps it on redirects).
 */
function withCachePolicy(request: NextRequest, stamp: Stamp): Stamp {
  if (!isPageRequest(request)) return stamp;
  const cacheControl = publicPageCacheControl({
    method: request.method,
    pathname: request.nextUrl.pathname,
    cookie: request.headers.get("cookie"),
    accept: request.headers.get("accept"),
  });
  if (!cacheControl) return stamp;
  return { ...stamp, headers: [...stamp.headers, { key: "Cache-Control", value: cacheControl }, { key: "Vary", value: "Cookie" }] };
}

function badRequest(message: string, stamp: Stamp): NextResponse {
  const response = new NextResponse(`${message}\n`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return withHeaders(response, stamp);
}

/**
 * Whether a server-action body parses the way Next will parse it: multipart form data (forms), or JSON (actions
 * called from scripts). Next reads the body with a thrown error, a bare 500, when it does not. Next buffers the
 * body for the proxy, so reading a clone here leaves it for the action.
 */
async function isReadableActionBody(request: NextRequest): Promise<boolean> {
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.startsWith("multipart/form-data")) await request.clone().formData();
    else if (request.headers.has("next-action")) JSON.parse(await request.clone().text());
    return true;
  } catch {
    return false;
  }
}

/**
 * A page someone navigates to (GET or HEAD, not an API route or a file). Form posts are left alone: their
 * action answers "not saved" itself, keeping what was typed.
 */
export function isPageRequest(request: NextRequest): boolean {
  const { pathname } = request.nextUrl;
  return (request.method === "GET" || request.method === "HEAD") && !pathname.startsWith("/api/") && !/\.[a-z0-9]+$/i.test(pathname);
}

function unavailable(stamp: Stamp): NextResponse {
  const response = new NextResponse(unavailablePage(), {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Retry-After": String(UNAVAILABLE_RETRY_AFTER_SECONDS),
    },
  });
  return withHeaders(response, stamp);
}

/**
 * "/search/" → a 308 to "/search" (what Next does by itself, now here so that the API can differ); "/api/v1/" is
 * answered as "/api/v1", so a browser client gets the document and its CORS headers without a redirect.
 */
function withoutTrailingSlash(request: NextRequest): NextResponse | null {
  const { pathname } = request.nextUrl;
  if (pathname === "/" || !pathname.endsWith("/")) return null;
  // A plain URL (NextURL would put the slash back). The redirect goes to APP_URL, so a forged Host goes nowhere.
  const url = new URL(request.url);
  url.pathname = pathname.replace(/\/+$/, "") || "/";
  if (isApiPath(url.pathname)) return NextResponse.rewrite(url);
  return NextResponse.redirect(appUrl(`${url.pathname}${url.search}`), 308);
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const nonce = newNonce();
  const stamp = apiHeaders(request, { requestId: newRequestId(), headers: securityHeaders({ isDev, nonce, https: servesHttps() }) });
  if (!isDecodablePath(request.nextUrl.pathname)) return badRequest("Bad request: this web address is not valid.", stamp);
  const action = request.headers.get("next-action");
  if (action !== null && (request.method !== "POST" || !ACTION_ID.test(action)))
    return badRequest("Bad request: unknown form action.", stamp);
  const isAction = request.method === "POST" && (action !== null || request.headers.get("content-type")?.startsWith("multipart/form-data"));
  if (isAction && !(await isReadableActionBody(request))) return badRequest("Bad request: the form could not be read.", stamp);
  if (request.method === "OPTIONS" && isApiPath(request.nextUrl.pathname))
    return withHeaders(new NextResponse(null, { status: 204 }), stamp);
  const trailing = withoutTrailingSlash(request);
  if (trailing) return withHeaders(trailing, stamp);
  if (isPageRequest(request) && !(await databaseIsReachable())) return unavailable(stamp);
  // Next reads the nonce from the request's CSP header and puts it on its own scripts; pages read x-nonce.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", contentSecurityPolicy({ isDev, nonce }));
  requestHeaders.set(REQUEST_ID_HEADER, stamp.requestId);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), withCachePolicy(request, stamp));
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
