// Security headers for every response. src/proxy.ts sets them on every page, route handler and its own 400s,
// with a fresh CSP nonce per request; next.config.ts sets the ones without a nonce on what the proxy skips
// (_next/static and friends). The CSP allows OpenStreetMap-style tile servers for the map island (tile URL is
// configurable, so img-src allows https:); no remote scripts, fonts or frames.

export type SecurityHeaderOptions = {
  isDev: boolean;
  /** Per-request nonce: scripts run only from our origin or with this nonce (Next adds it to its own). */
  nonce?: string;
  /** True when APP_URL is https: browsers are told to use https only (HSTS). */
  https?: boolean;
};

export function contentSecurityPolicy({ isDev, nonce }: SecurityHeaderOptions): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets the nonced bootstrap load Next's chunks; 'self' is the fallback for browsers without
    // it. 'unsafe-eval' only in development, for React Refresh.
    `script-src 'self'${nonce ? ` 'nonce-${nonce}' 'strict-dynamic'` : ""}${isDev ? " 'unsafe-eval'" : ""}`,
    // Leaflet positions tiles and markers with inline styles; styles cannot run code, so this stays.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    `connect-src 'self'${isDev ? " ws: wss:" : ""}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}

export function securityHeaders(options: SecurityHeaderOptions): Array<{ key: string; value: string }> {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self), interest-cohort=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    ...(options.https ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}

/** A nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
