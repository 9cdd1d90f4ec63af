#!/usr/bin/env node
// npm run db:new-migration -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that turns the schema as of the
// latest migration (the schema.prisma snapshot kept beside each migration) into the current
// prisma/schema.prisma. Needs no database server and no download. Review the SQL, add any hand-written SQL
// at the end (see prisma/hand-written-sql.md), then run `npm test` (the drift test checks the result).
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const name = (process.argv[2] ?? "").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
if (!name) {
  console.error("usage: npm run db:new-migration -- <name>   (e.g. add_claim_requests)");
  process.exit(2);
}
const dir = "prisma/migrations";
const latest = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort().at(-1);
const previous = latest && existsSync(join(dir, latest, "schema.prisma")) ? join(dir, latest, "schema.prisma") : "empty";
console.error(`diffing ${previous} → prisma/schema.prisma …`);
const sql = execFileSync(process.execPath, ["tools/prisma-diff/diff.mjs", "--from", previous, "--to", "prisma/schema.prisma"], {
  encoding: "utf8",
  stdio: ["ignore", "pipe", "inherit"],
});
const statements = sql.split("\n").filter((l) => l.trim() && !l.startsWith("--") && !/CREATE SCHEMA IF NOT EXISTS/.test(l));
if (statements.length === 0) {
  console.error("schema.prisma has not changed since the latest migration: nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const target = join(dir, `${stamp}_${name}`);
mkdirSync(target);
writeFileSync(join(target, "migration.sql"), `-- ${name}: generated from prisma/schema.prisma by npm run db:new-migration.\n\n${sql.replace(/-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS "public";\n\n?/, "")}`);
copyFileSync("prisma/schema.prisma", join(target, "schema.prisma"));
console.log(`wrote ${target}/migration.sql`);
