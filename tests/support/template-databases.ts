import pg from "pg";
import { migrate } from "@/server/db/migrate";
import { createPrismaClient } from "@/server/db/client";
import { seedDatabase } from "@/server/seed/seed-database";

// Integration tests get a fresh database per test file, copied from one of two templates built once per run:
// `wy_tpl_empty` (migrated) and `wy_tpl_seeded` (migrated + the real West Yorkshire seed). CREATE DATABASE …
// TEMPLATE copies files, so a fresh seeded database costs well under a second.
export const EMPTY_TEMPLATE = "wy_tpl_empty";
export const SEEDED_TEMPLATE = "wy_tpl_seeded";

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
    for (const name of [SEEDED_TEMPLATE, EMPTY_TEMPLATE]) {
      await c.query(`UPDATE pg_database SET datistemplate = false WHERE datname = '${name}'`);
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
    await c.query(`CREATE DATABASE ${EMPTY_TEMPLATE}`);
  });
  await migrate({ connectionString: databaseUrl(adminUrl, EMPTY_TEMPLATE) });
  await withAdmin(adminUrl, (c) => c.query(`CREATE DATABASE ${SEEDED_TEMPLATE} TEMPLATE ${EMPTY_TEMPLATE}`));
  const db = createPrismaClient(databaseUrl(adminUrl, SEEDED_TEMPLATE));
  try {
    await seedDatabase(db, { referenceDataDir });
  } finally {
    await db.$disconnect();
  }
  await withAdmin(adminUrl, async (c) => {
    for (const name of [EMPTY_TEMPLATE, SEEDED_TEMPLATE]) {
      await c.query(`UPDATE pg_database SET datistemplate = true WHERE datname = '${name}'`);
    }
  });
}
