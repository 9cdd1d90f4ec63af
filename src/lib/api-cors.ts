// The public API (/api/v1) is readable from any origin: it needs no key and holds only what the public pages
// show. Route handlers add these to their answers; the proxy answers preflights and covers Next's own answers.

export const API_PREFIX = "/api/v1";

export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Accept, Content-Type, If-None-Match",
  "Access-Control-Max-Age": "86400",
} as const;

export function isApiPath(pathname: string): boolean {
  return pathname === API_PREFIX || pathname.startsWith(`${API_PREFIX}/`);
}
