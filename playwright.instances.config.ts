import { defineConfig } from "@playwright/test";
import baseConfig from "./playwright.config";
import { E2E_MAIL_DIR } from "./tests/e2e/support/accounts";
import { APP_URL, PORTS } from "./tests/e2e-instances/ports";

// Several instances (issue 11): two `npm start` on one PostgreSQL behind a real nginx (round robin), and the
// browser talks only to nginx. Run by `npm test` after the main browser tests, on the same database. Embedded
// PGlite is single-instance, so this needs E2E_DATABASE_URL.
if (!process.env.E2E_DATABASE_URL) {
  throw new Error("The several-instances check needs E2E_DATABASE_URL (a PostgreSQL database): run it through `npm test`.");
}

const instance = (port: number) => ({
  command: "npm start",
  url: `http://127.0.0.1:${port}/api/health`,
  timeout: 180_000,
  reuseExistingServer: false,
  stdout: "pipe" as const,
  stderr: "pipe" as const,
  env: {
    PORT: String(port),
    DATABASE_URL: process.env.E2E_DATABASE_URL!,
    AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-only-secret-not-for-production-use",
    AUTH_TRUST_HOST: "true",
    SMTP_URL: `smtp://127.0.0.1:${PORTS.smtp}`,
    APP_URL,
  },
});

export default defineConfig({
  ...baseConfig,
  testDir: "tests/e2e-instances",
  // Its own output folder: the default one is emptied at start, and holds the main run's results.
  outputDir: "test-results/instances",
  fullyParallel: false,
  workers: 1,
  use: { ...baseConfig.use, baseURL: APP_URL },
  webServer: [
    {
      command: "node scripts/smtp-capture.mjs",
      port: PORTS.smtp,
      reuseExistingServer: false,
      env: { SMTP_CAPTURE_PORT: String(PORTS.smtp), MAIL_CAPTURE_DIR: E2E_MAIL_DIR },
    },
    instance(PORTS.a),
    instance(PORTS.b),
    {
      command: "node scripts/nginx-round-robin.mjs",
      // Lets the script remove nginx's temp directory (the default is SIGKILL).
      gracefulShutdown: { signal: "SIGTERM", timeout: 2000 },
      url: `${APP_URL}/api/health`,
      timeout: 30_000,
      reuseExistingServer: false,
      env: { NGINX_PORT: String(PORTS.lb), NGINX_UPSTREAMS: `127.0.0.1:${PORTS.a},127.0.0.1:${PORTS.b}` },
    },
  ],
});
