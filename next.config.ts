import type { NextConfig } from "next";

import { securityHeaders } from "./src/lib/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // src/proxy.ts drops a trailing slash itself: a 308 for pages, and the API's answer (with its CORS headers)
  // for /api/v1/, which Next's own redirect would answer without them.
  skipTrailingSlashRedirect: true,
  reactStrictMode: true,
  typedRoutes: false,
  // forbidden() from next/navigation: requireRole() answers 403 with src/app/forbidden.tsx.
  experimental: { authInterrupts: true },
  // No remote images: everything is served from /public or drawn in CSS/SVG.
  images: { remotePatterns: [], unoptimized: false },
  async headers() {
    // No nonce here (these are fixed at build time): src/proxy.ts replaces the CSP on everything it handles.
    return [{ source: "/:path*", headers: securityHeaders({ isDev: process.env.NODE_ENV !== "production" }) }];
  },
};

export default nextConfig;
