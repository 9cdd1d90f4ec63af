// npm run db:new-migration -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that turns a database built by the
// existing migrations into the current prisma/schema.prisma (scripts/lib/pending-migration.ts). Needs no
// database server and no download. Review the SQL, add any hand-written SQL at the end (see
// prisma/hand-written-sql.md), then run the drift test (tests/integration/migrations-drift.test.ts).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_MIGRATIONS_DIR } from "@/server/db/migrate";
import { pendingMigration } from "./lib/pending-migration";

const name = (process.argv[2] ?? "")
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, "_")
  .replace(/^_|_$/g, "");
if (!name) {
  console.error("usage: npm run db:new-migration -- <name>   (e.g. add_claim_requests)");
  process.exit(2);
}
console.error("applying prisma/migrations to an in-memory database, then diffing it with prisma/schema.prisma …");
const { sql, ignored } = await pendingMigration({});
if (ignored.length) {
  console.error(`left out ${ignored.length} statement(s) that would undo hand-written SQL (prisma/hand-written-sql.md):`);
  for (const statement of ignored) console.error(`  ${statement.replace(/^-- .*\n/, "").replace(/\n/g, "\n  ")}`);
}
if (!sql) {
  console.error("schema.prisma already matches the migrations: nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const target = join(DEFAULT_MIGRATIONS_DIR, `${stamp}_${name}`);
mkdirSync(target);
writeFileSync(join(target, "migration.sql"), `-- ${name}: generated from prisma/schema.prisma by npm run db:new-migration.\n\n${sql}`);
console.log(`wrote ${target}/migration.sql`);
