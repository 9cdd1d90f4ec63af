#!/usr/bin/env node
// Prints the SQL that turns a database (or nothing) into schema TO, without Prisma's native migrate engine.
//   node tools/prisma-diff/diff.mjs --from empty --to <schema.prisma>
//   node tools/prisma-diff/diff.mjs --from-database <postgres url> --to <schema.prisma>
// Prisma 6.19's CLI can diff through its Wasm engine when given a driver adapter. `--from empty` still
// connects to *some* Postgres although the diff does not use its data: DIFF_DATABASE_URL if set, else an
// in-memory PGlite behind the socket server. `--from-database` introspects that database (scripts/new-migration.ts
// passes one its migrations were just applied to). See docs/decisions/0002-migrations-offline.md.
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({ options: { from: { type: "string" }, "from-database": { type: "string" }, to: { type: "string" } } });
const fromDatabase = values["from-database"];
if (!values.to || (values.from !== "empty") === !fromDatabase) {
  console.error("usage: diff.mjs (--from empty | --from-database <url>) --to <schema.prisma>");
  process.exit(2);
}

/** Prisma 6 requires a url in the datasource block; Prisma 7 rejects it. */
function withUrl(schemaPath, dir, name) {
  const text = readFileSync(schemaPath, "utf8")
    .replace(/(datasource\s+\w+\s*\{[^}]*provider\s*=\s*"postgresql")/, '$1\n  url = env("DIFF_DATABASE_URL")')
    .replace(/generator\s+client\s*\{[^}]*\}/, 'generator client {\n  provider = "prisma-client-js"\n}');
  const out = join(dir, name);
  writeFileSync(out, text);
  return out;
}

async function startPglite() {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const db = await PGlite.create();
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0 });
  await server.start();
  const port = server.server?.address()?.port ?? server.port;
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}

const work = mkdtempSync(join(here, ".work-"));
let pg;
try {
  const to = withUrl(resolve(values.to), work, "to.prisma");
  let fromArgs = ["--from-empty"];
  if (fromDatabase) {
    // With a driver adapter the CLI refuses --from-url; an empty migrations folder applied to the adapter's
    // database ("the shadow") is the same thing: the diff starts from that database as it is.
    const empty = join(work, "migrations");
    mkdirSync(empty);
    copyFileSync(join(here, "../../prisma/migrations/migration_lock.toml"), join(empty, "migration_lock.toml"));
    fromArgs = ["--from-migrations", empty];
  }
  writeFileSync(
    join(work, "prisma.config.mjs"),
    `
import { introspectionAdapter } from ${JSON.stringify(pathToFileURL(join(here, "introspection-adapter.mjs")).href)};
export default {
  experimental: { adapter: true },
  engine: "js",
  schema: ${JSON.stringify(to)},
  async adapter() { return introspectionAdapter(process.env.DIFF_DATABASE_URL); },
};
`,
  );
  let url = fromDatabase ?? process.env.DIFF_DATABASE_URL;
  if (!url) {
    pg = await startPglite();
    url = pg.url;
  }
  const cli = join(here, "node_modules/prisma/build/index.js");
  const sql = await new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      [cli, "migrate", "diff", ...fromArgs, "--to-schema-datamodel", to, "--script", "--config", join(work, "prisma.config.mjs")],
      {
        cwd: here,
        // Both engine paths name an existing file so the CLI does not try to download engines it will not use.
        env: {
          ...process.env,
          DIFF_DATABASE_URL: url,
          PRISMA_QUERY_ENGINE_LIBRARY: process.execPath,
          PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
          CHECKPOINT_DISABLE: "1",
          PRISMA_HIDE_UPDATE_MESSAGE: "1",
        },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "",
      err = "";
    child.stdout.on("data", (d) => (out += d)); // the CLI lingers ~10 s after printing
    child.stderr.on("data", (d) => (err += d));
    child.on("close", (code) =>
      code === 0 ? resolvePromise(out) : reject(new Error(`prisma migrate diff failed (${code}):\n${err}\n${out}`)),
    );
  });
  process.stdout.write(sql.replace(/^Loaded Prisma config.*\n/m, ""));
} finally {
  if (pg) await pg.stop();
  rmSync(work, { recursive: true, force: true });
}
