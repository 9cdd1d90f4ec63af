import { execFile } from "node:child_process";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, describe, expect, it, inject } from "vitest";
import { migrate } from "@/server/db/migrate";
import { createBareDatabase } from "../support/test-database";

// The migrations (what databases really get) and prisma/schema.prisma (what the Prisma client believes) must
// describe the same database. We build one database with the migration runner and another from the SQL Prisma
// itself generates for the schema, and compare their catalogues. Hand-written objects Prisma cannot express
// (prisma/hand-written-sql.md) are non-unique and partial (WHERE …) indexes, CHECK constraints and the
// generated-ness of a column, which this comparison deliberately does not look at.

const run = promisify(execFile);

const CATALOGUE = {
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default,
                   character_maximum_length, numeric_precision, numeric_scale
            FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
            ORDER BY table_name, column_name`,
  foreignKeys: `SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def
                FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace
                ORDER BY 1, 2`,
  primaryKeys: `SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def
                FROM pg_constraint WHERE contype = 'p' AND connamespace = 'public'::regnamespace
                  AND conrelid::regclass::text <> '_prisma_migrations'
                ORDER BY 1, 2`,
  uniqueIndexes: `SELECT tablename, indexname, indexdef FROM pg_indexes
                  WHERE schemaname = 'public' AND indexdef LIKE 'CREATE UNIQUE%' AND indexdef NOT LIKE '% WHERE %'
                    AND tablename <> '_prisma_migrations'
                  ORDER BY 1, 2`,
  enums: `SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
          FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname ORDER BY 1`,
};

async function catalogue(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const out: Record<string, unknown[]> = {};
    for (const [key, sql] of Object.entries(CATALOGUE)) out[key] = (await client.query(sql)).rows;
    return out;
  } finally {
    await client.end();
  }
}

const drops: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const d of drops) await d();
});

describe("schema drift", () => {
  it("migrations and schema.prisma describe the same database", async () => {
    const [fromMigrations, fromSchema] = await Promise.all([createBareDatabase(), createBareDatabase()]);
    drops.push(fromMigrations.drop, fromSchema.drop);
    await migrate({ connectionString: fromMigrations.url });

    const { stdout: sql } = await run(process.execPath, ["tools/prisma-diff/diff.mjs", "--from", "empty", "--to", "prisma/schema.prisma"], {
      env: { ...process.env, DIFF_DATABASE_URL: inject("adminDatabaseUrl") },
      maxBuffer: 16 * 1024 * 1024,
    });
    expect(sql).toContain("CREATE TABLE");
    const client = new pg.Client({ connectionString: fromSchema.url });
    await client.connect();
    await client.query(sql);
    await client.end();

    const [a, b] = await Promise.all([catalogue(fromMigrations.url), catalogue(fromSchema.url)]);
    for (const key of Object.keys(CATALOGUE)) {
      expect(a[key], `${key} differ between migrations and schema.prisma`).toEqual(b[key]);
    }
  }, 120_000);
});
