import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { createPrismaClient } from "@/server/db/client";
import { EMPTY_TEMPLATE, REFERENCE_TEMPLATE, SEEDED_TEMPLATE, databaseUrl, withAdmin } from "./template-databases";

export type TestDatabase = { name: string; url: string; db: PrismaClient; drop: () => Promise<void> };

/**
 * A fresh database on real Postgres for one test file: migrated, and with the real West Yorkshire seed when
 * `seeded` is true, or only its geography, postcodes and vocabulary with `"reference-only"` (`db:seed
 * --reference-only`). Call `drop()` in afterAll.
 */
export async function createTestDatabase(options: { seeded: boolean | "reference-only" }): Promise<TestDatabase> {
  const adminUrl = inject("adminDatabaseUrl");
  const name = `wy_test_${randomBytes(6).toString("hex")}`;
  const template = options.seeded === "reference-only" ? REFERENCE_TEMPLATE : options.seeded ? SEEDED_TEMPLATE : EMPTY_TEMPLATE;
  await withAdmin(adminUrl, (c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  const url = databaseUrl(adminUrl, name);
  const db = createPrismaClient(url);
  return {
    name,
    url,
    db,
    drop: async () => {
      await db.$disconnect();
      await withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** An empty database with no migrations applied, for testing the migration runner itself. */
export async function createBareDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = inject("adminDatabaseUrl");
  const name = `wy_bare_${randomBytes(6).toString("hex")}`;
  await withAdmin(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  return {
    url: databaseUrl(adminUrl, name),
    drop: () => withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}
