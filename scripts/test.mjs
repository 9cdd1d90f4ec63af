#!/usr/bin/env node
// `npm test`: the whole suite, as CI runs it. Type-check, lint, formatting, Vitest (unit + integration against a real
// PostgreSQL started here in a temp directory, or TEST_DATABASE_URL), then a production build and Playwright
// in Debian's Chromium against `npm start` on a fresh database, the same journeys through nginx in front of two
// instances, and a short load run. Ends with one summary line.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import pg from "pg";
import { startPostgresCluster } from "./lib/postgres-cluster.mjs";

const started = Date.now();
const results = [];
let passed = 0;
let failed = 0;
mkdirSync("test-results", { recursive: true });

function step(name, cmd, args, env = {}) {
  const t = Date.now();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1", ...env },
  });
  const ok = r.status === 0;
  results.push({ name, ok, seconds: (Date.now() - t) / 1000 });
  return ok;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return undefined;
  }
}

function countPlaywright(path) {
  const p = readJson(path);
  if (p?.stats) {
    passed += p.stats.expected + p.stats.flaky;
    failed += p.stats.unexpected;
  } else failed += 1;
}

const bin = (name) => `node_modules/.bin/${name}`;
let cluster;
try {
  step("typecheck", bin("tsc"), ["--noEmit"]);
  step("lint", bin("eslint"), ["--max-warnings=0", "."]);
  step("format", bin("prettier"), ["--check", "--log-level=warn", "."]);

  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    cluster = await startPostgresCluster();
    adminUrl = cluster.url;
    console.log(`\n▶ started PostgreSQL for the tests at ${adminUrl}`);
  }

  step("vitest", bin("vitest"), ["run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json"], {
    TEST_DATABASE_URL: adminUrl,
  });
  const v = readJson("test-results/vitest.json");
  if (v) {
    passed += v.numPassedTests;
    failed += v.numFailedTests;
  } else failed += 1;

  if (step("build", bin("next"), ["build"])) {
    const e2eDb = "wy_e2e";
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${e2eDb} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${e2eDb}`);
    await admin.end();
    const e2eUrl = new URL(adminUrl);
    e2eUrl.pathname = `/${e2eDb}`;
    step("playwright", bin("playwright"), ["test"], {
      E2E_DATABASE_URL: e2eUrl.toString(),
      PLAYWRIGHT_JSON_OUTPUT_NAME: "test-results/playwright.json",
    });
    countPlaywright("test-results/playwright.json");
    // Several instances: two `npm start` on the same database behind nginx (playwright.instances.config.ts).
    step("instances", bin("playwright"), ["test", "--config=playwright.instances.config.ts"], {
      E2E_DATABASE_URL: e2eUrl.toString(),
      PLAYWRIGHT_JSON_OUTPUT_NAME: "test-results/playwright-instances.json",
    });
    countPlaywright("test-results/playwright-instances.json");
    // Load, short: mixed public traffic on its own seeded database; fails on any error or 5xx (`npm run bench:load` runs it long).
    step("load", bin("tsx"), ["--conditions=react-server", "scripts/bench-load.ts"], {
      BENCH_ADMIN_URL: adminUrl,
      BENCH_LOAD_SECONDS: "10",
      BENCH_LOAD_CONNECTIONS: "4",
    });
  }
} finally {
  cluster?.stop();
}

console.log("\n── npm test ─────────────────────────────");
for (const r of results) console.log(`${r.ok ? "✔" : "✘"} ${r.name.padEnd(12)} ${r.seconds.toFixed(1)} s`);
console.log(`total ${((Date.now() - started) / 1000).toFixed(0)} s`);
const allOk = results.every((r) => r.ok) && failed === 0;
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(allOk ? 0 : 1);
