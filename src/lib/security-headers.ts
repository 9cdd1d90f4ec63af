// Security headers for every response, including the ones src/proxy.ts answers itself. The CSP allows
// OpenStreetMap-style tile servers for the map island (tile URL is configurable, so img-src allows https:);
// no remote scripts, fonts or frames.

export function securityHeaders(isDev: boolean): Array<{ key: string; value: string }> {
  const contentSecurityPolicy = [
    "default-src 'self'",
    // Next injects inline bootstrap scripts; 'unsafe-eval' only in development for React Refresh.
    `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    `connect-src 'self'${isDev ? " ws: wss:" : ""}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self), interest-cohort=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}
