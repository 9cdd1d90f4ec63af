import { mkdtemp, mkdir, writeFile, cp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_MIGRATIONS_DIR, migrate } from "@/server/db/migrate";
import { createBareDatabase } from "../support/test-database";

const drops: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (drops.length) await drops.pop()!();
});

async function bare() {
  const d = await createBareDatabase();
  drops.push(d.drop);
  return d.url;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql)).rows;
  } finally {
    await c.end();
  }
}

describe("migration runner", () => {
  it("applies every migration to a fresh database and records it in Prisma's table", async () => {
    const url = await bare();
    const result = await migrate({ connectionString: url });
    expect(result.applied.length).toBeGreaterThan(0);
    const rows = await query<{ migration_name: string; checksum: string }>(
      url,
      `SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(result.applied);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.checksum))).toBe(true);
    const tables = await query<{ n: number }>(
      url,
      `SELECT count(*)::int AS n FROM pg_tables WHERE tablename IN ('service','location','place','revision','audit_event')`,
    );
    expect(tables[0]!.n).toBe(5);
  });

  it("does nothing on a second run", async () => {
    const url = await bare();
    const first = await migrate({ connectionString: url });
    const second = await migrate({ connectionString: url });
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toBe(first.applied.length);
  });

  it("lets two instances start at once: one migrates, the other waits and finds nothing to do", async () => {
    const url = await bare();
    const [a, b] = await Promise.all([migrate({ connectionString: url }), migrate({ connectionString: url })]);
    expect([a.applied.length, b.applied.length].sort()).toEqual([0, a.applied.length + b.applied.length]);
    const rows = await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM _prisma_migrations`);
    expect(rows[0]!.n).toBe(a.applied.length + b.applied.length);
  });

  it("rolls back a failing migration completely and names it", async () => {
    const url = await bare();
    const dir = await mkdtemp(join(tmpdir(), "wy-migrations-"));
    await cp(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
    await mkdir(join(dir, "29990101000000_broken"));
    await writeFile(join(dir, "29990101000000_broken", "migration.sql"), `CREATE TABLE half_done (id int); SELECT no_such_function();`);
    await expect(migrate({ connectionString: url, migrationsDir: dir })).rejects.toThrow(/29990101000000_broken.*rolled back/);
    const tables = await query(url, `SELECT 1 FROM pg_tables WHERE tablename = 'half_done'`);
    expect(tables).toHaveLength(0);
    const recorded = await query(url, `SELECT 1 FROM _prisma_migrations WHERE migration_name = '29990101000000_broken'`);
    expect(recorded).toHaveLength(0);
  });

  it("refuses to run when an applied migration was edited afterwards", async () => {
    const url = await bare();
    const dir = await mkdtemp(join(tmpdir(), "wy-migrations-"));
    await cp(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
    await migrate({ connectionString: url, migrationsDir: dir });
    const first = (
      await query<{ migration_name: string }>(url, `SELECT migration_name FROM _prisma_migrations ORDER BY migration_name LIMIT 1`)
    )[0]!;
    await writeFile(join(dir, first.migration_name, "migration.sql"), "-- edited\nSELECT 1;");
    await expect(migrate({ connectionString: url, migrationsDir: dir })).rejects.toThrow(/edited after it was applied/);
  });
});
