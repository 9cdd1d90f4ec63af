import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { startEmbeddedPostgres } from "@/server/db/embedded-postgres";
import { DEFAULT_MIGRATIONS_DIR, migrate } from "@/server/db/migrate";

// The SQL a new migration needs: the existing migrations are applied (by the app's own runner) to an in-memory
// PGlite, and Prisma 6.19's diff (tools/prisma-diff) compares that database with schema.prisma. No snapshot
// of the schema is kept anywhere, so two branches that both change the schema conflict in schema.prisma and
// the second one's migration is computed from what the first one's migration really does.

const run = promisify(execFile);

export type PendingMigration = {
  /** Statements to write, in Prisma's format ("-- Kind" line, then the statement), blank-line separated. */
  sql: string;
  /** Statements left out because they would undo hand-written SQL (prisma/hand-written-sql.md). */
  ignored: string[];
};

export async function pendingMigration(options: {
  schemaPath?: string;
  migrationsDir?: string;
  handWrittenListPath?: string;
}): Promise<PendingMigration> {
  const schemaPath = options.schemaPath ?? "prisma/schema.prisma";
  const handWritten = handWrittenObjects(await readFile(options.handWrittenListPath ?? "prisma/hand-written-sql.md", "utf8"));
  const pg = await startEmbeddedPostgres();
  let raw: string;
  try {
    await migrate({ connectionString: pg.url, migrationsDir: options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR });
    const diff = join(process.cwd(), "tools/prisma-diff/diff.mjs");
    ({ stdout: raw } = await run(process.execPath, [diff, "--from-database", pg.url, "--to", schemaPath], { maxBuffer: 16 * 1024 * 1024 }));
  } finally {
    await pg.stop();
  }
  return withoutHandWrittenUndo(raw, handWritten);
}

/** The backquoted identifiers in the first column of the table in prisma/hand-written-sql.md. */
export function handWrittenObjects(markdown: string): Set<string> {
  const names = new Set<string>();
  for (const line of markdown.split("\n")) {
    const firstCell = /^\|([^|]*)\|/.exec(line)?.[1] ?? "";
    for (const [, name = ""] of firstCell.matchAll(/`([^`]+)`/g)) names.add(name.replace(/\(.*\)$/, ""));
  }
  return names;
}

/**
 * Prisma cannot see why hand-written objects exist, so its diff from a migrated database drops the indexes it
 * does not model and the expression of generated columns (which it reads as a default). Those statements are
 * removed; everything else is kept as Prisma wrote it.
 */
export function withoutHandWrittenUndo(sql: string, handWritten: Set<string>): PendingMigration {
  const ignored: string[] = [];
  const kept: string[] = [];
  for (const block of sql
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean)) {
    if (/^CREATE SCHEMA IF NOT EXISTS/m.test(block)) continue;
    const dropIndex = /^DROP INDEX "([^"]+)";$/m.exec(block);
    if (dropIndex && handWritten.has(dropIndex[1] ?? "")) {
      ignored.push(block);
      continue;
    }
    const alter = /^ALTER TABLE "([^"]+)" ([\s\S]*);$/m.exec(block);
    if (alter) {
      const [, table, clauses = ""] = alter;
      const all = clauses.split(/,\n/);
      const rest = all.filter((c) => {
        const column = /^ALTER COLUMN "([^"]+)" DROP DEFAULT$/.exec(c.trim())?.[1];
        return !(column && handWritten.has(`${table}.${column}`));
      });
      if (rest.length < all.length) {
        ignored.push(`ALTER TABLE "${table}" ${all.filter((c) => !rest.includes(c)).join(",\n")};`);
        if (rest.length === 0) continue;
        kept.push(block.replace(alter[0], `ALTER TABLE "${table}" ${rest.join(",\n")};`));
        continue;
      }
    }
    kept.push(block);
  }
  return { sql: kept.length ? `${kept.join("\n\n")}\n` : "", ignored };
}
