import "server-only";
import { createPrismaClient } from "@/server/db/client";
import { migrate } from "@/server/db/migrate";
import { seedDatabase } from "@/server/seed/seed-database";

/**
 * What every start does before serving: apply pending migrations, then, on an empty database only, load the
 * reference data and seed assets. Safe to run from several instances at once (the migration lock serialises
 * them and the seed is idempotent).
 */
export async function prepareDatabase(options: {
  connectionString: string;
  referenceDataDir: string;
  log?: (line: string) => void;
}): Promise<{ migrated: string[]; seeded: boolean }> {
  const log = options.log ?? (() => {});
  const { applied } = await migrate({ connectionString: options.connectionString, log });
  const db = createPrismaClient(options.connectionString);
  try {
    if ((await db.place.count()) > 0) return { migrated: applied, seeded: false };
    log("empty database: loading West Yorkshire reference data and assets");
    await seedDatabase(db, { referenceDataDir: options.referenceDataDir, log });
    return { migrated: applied, seeded: true };
  } finally {
    await db.$disconnect();
  }
}
