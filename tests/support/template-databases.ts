import pg from "pg";
import { migrate } from "@/server/db/migrate";
import { createPrismaClient } from "@/server/db/client";
import { seedDatabase } from "@/server/seed/seed-database";

// Integration tests get a fresh database per test file, copied from one of two templates built once per run:
// `wy_tpl_empty` (migrated), `wy_tpl_reference` (migrated + geography, postcodes and vocabulary: `db:seed
// --reference-only`) and `wy_tpl_seeded` (migrated + the real West Yorkshire seed). CREATE DATABASE …
// TEMPLATE copies files, so a fresh seeded database costs well under a second.
export const EMPTY_TEMPLATE = "wy_tpl_empty";
export const REFERENCE_TEMPLATE = "wy_tpl_reference";
export const SEEDED_TEMPLATE = "wy_tpl_seeded";
const TEMPLATES = [SEEDED_TEMPLATE, REFERENCE_TEMPLATE, EMPTY_TEMPLATE];

export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withAdmin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function buildTemplates(adminUrl: string, referenceDataDir: string): Promise<void> {
  await withAdmin(adminUrl, async (c) => {
    for (const name of TEMPLATES) {
      await c.query(`UPDATE pg_database SET datistemplate = false WHERE datname = '${name}'`);
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
    await c.query(`CREATE DATABASE ${EMPTY_TEMPLATE}`);
  });
  await migrate({ connectionString: databaseUrl(adminUrl, EMPTY_TEMPLATE) });
  // The full seed starts from the reference-only one: its geography is already there and is not written again.
  for (const [name, from, referenceOnly] of [
    [REFERENCE_TEMPLATE, EMPTY_TEMPLATE, true],
    [SEEDED_TEMPLATE, REFERENCE_TEMPLATE, false],
  ] as const) {
    await withAdmin(adminUrl, (c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${from}`));
    const db = createPrismaClient(databaseUrl(adminUrl, name));
    try {
      await seedDatabase(db, { referenceDataDir, referenceOnly });
    } finally {
      await db.$disconnect();
    }
  }
  await withAdmin(adminUrl, async (c) => {
    for (const name of TEMPLATES) {
      await c.query(`UPDATE pg_database SET datistemplate = true WHERE datname = '${name}'`);
    }
  });
}
