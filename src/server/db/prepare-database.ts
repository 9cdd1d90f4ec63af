import "server-only";
import { createPrismaClient, type Db } from "@/server/db/client";
import { migrate } from "@/server/db/migrate";

/**
 * What every start does before serving: apply pending migrations, then, on an empty database only, run the
 * seed it is given (the caller composes it, so this module knows nothing of the domain's seed). Safe to run
 * from several instances at once if the seed is idempotent (the migration lock serialises the migrations).
 */
export async function prepareDatabase(options: {
  connectionString: string;
  seed: (db: Db) => Promise<void>;
  log?: (line: string) => void;
}): Promise<{ migrated: string[]; seeded: boolean }> {
  const log = options.log ?? (() => {});
  const { applied } = await migrate({ connectionString: options.connectionString, log });
  const db = createPrismaClient(options.connectionString);
  try {
    if ((await db.place.count()) > 0) return { migrated: applied, seeded: false };
    log("empty database: seeding it");
    await options.seed(db);
    return { migrated: applied, seeded: true };
  } finally {
    await db.$disconnect();
  }
}
