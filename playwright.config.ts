import { defineConfig, devices } from "@playwright/test";
import { E2E_MAIL_DIR } from "./tests/e2e/support/accounts";

// Browser tests in Debian's Chromium (no browser download here) against `npm start` (a production build),
// on the database `npm test` prepares (E2E_DATABASE_URL); without it, `npm start` uses the embedded PGlite.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2526);

const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: [
    {
      command: "node scripts/smtp-capture.mjs",
      port: SMTP_PORT,
      reuseExistingServer: false,
      env: { SMTP_CAPTURE_PORT: String(SMTP_PORT), MAIL_CAPTURE_DIR: E2E_MAIL_DIR },
    },
    {
      command: "npm start",
      url: `http://localhost:${PORT}/api/health`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        PORT: String(PORT),
        ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {}),
        PGLITE_DATA_DIR: ".data/pglite-e2e",
        AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-only-secret-not-for-production-use",
        AUTH_TRUST_HOST: "true",
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        APP_URL: `http://localhost:${PORT}`,
      },
    },
  ],
});
