// `npm run dev` / `npm start`: with no DATABASE_URL, start the embedded PostgreSQL (PGlite, data in .data/);
// then migrate, seed an empty database, and run Next.js with DATABASE_URL pointing at the database.
// `npm start` with a DATABASE_URL is a production deployment: it refuses to start unless AUTH_SECRET, APP_URL
// and SMTP_URL are set (src/env.ts), instead of making up a secret.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { parseEnv } from "@/env";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/server/db/embedded-postgres";
import { prepareDatabase } from "@/server/db/prepare-database";
import { resolveReferenceDataDir } from "@/server/seed/reference-files";
import { seedDatabase } from "@/server/seed/seed-database";

const mode = process.argv[2] === "start" ? "start" : "dev";
const port = process.env.PORT ?? "3000";
const log = (line: string) => console.log(`[db] ${line}`);

async function main() {
  const started = Date.now();
  let embedded: EmbeddedPostgres | undefined;
  if (process.env.DATABASE_URL) {
    // `next start` runs in production: with a database of its own it must be fully configured (src/env.ts).
    if (mode === "start") parseEnv({ ...process.env, NODE_ENV: "production", EMBEDDED_DATABASE: undefined });
  } else {
    const dataDir = resolve(process.env.PGLITE_DATA_DIR ?? ".data/pglite");
    log(`no DATABASE_URL: starting embedded PostgreSQL (PGlite) with data in ${dataDir}`);
    log("embedded mode is single-instance: run one server on this machine only (set DATABASE_URL to run several)");
    process.env.EMBEDDED_DATABASE = "1";
    embedded = await startEmbeddedPostgres({ dataDir, port: Number(process.env.PGLITE_PORT ?? 0) });
    process.env.DATABASE_URL = embedded.url;
    // Lets `npm run user:grant` reach this running database instead of opening its files a second time.
    mkdirSync(resolve(".data"), { recursive: true });
    writeFileSync(resolve(".data/pglite.url"), embedded.url);
  }
  ensureAuthSecret();
  const referenceDataDir = resolveReferenceDataDir();
  const { migrated, seeded } = await prepareDatabase({
    connectionString: process.env.DATABASE_URL!,
    seed: async (db) => {
      log("loading West Yorkshire reference data and assets");
      await seedDatabase(db, { referenceDataDir, log });
    },
    log,
  });
  log(
    `ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${migrated.length} migrations applied, ${seeded ? "seeded" : "already seeded"})`,
  );

  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const next = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const child = spawn(process.execPath, [next, mode, "-p", port], { stdio: "inherit", env: process.env });
  const shutdown = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  child.on("exit", async (code) => {
    if (embedded) rmSync(resolve(".data/pglite.url"), { force: true });
    await embedded?.stop();
    process.exit(code ?? 0);
  });
}

/**
 * Auth.js needs a secret. Production must set AUTH_SECRET; for a local `npm run dev` / `npm start` we make one
 * once and keep it in .data/ so sessions survive restarts.
 */
function ensureAuthSecret() {
  process.env.AUTH_TRUST_HOST ??= "true";
  // Links in mail and Auth.js redirects use the public address people reach the app by, not Next's own
  // listen hostname (which would put the session cookie on the wrong host).
  if (process.env.APP_URL) process.env.AUTH_URL ??= process.env.APP_URL;
  if (process.env.AUTH_SECRET) return;
  log("AUTH_SECRET is not set: using a local secret kept in .data/auth-secret (set AUTH_SECRET in production)");
  const file = resolve(".data/auth-secret");
  if (!existsSync(file)) {
    mkdirSync(resolve(".data"), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

main().catch(async (error) => {
  console.error(`\n${(error as Error).message}\n`);
  process.exit(1);
});
