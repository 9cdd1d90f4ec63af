import { createPrismaClient } from "@/server/db/client";
import { seedDatabase } from "@/server/seed/seed-database";
import { resolveReferenceDataDir } from "@/server/seed/reference-files";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set. (`npm run dev` seeds the embedded database by itself.)");
  process.exit(1);
}
const db = createPrismaClient(url);
seedDatabase(db, { referenceDataDir: resolveReferenceDataDir(), log: console.log })
  .catch((error) => {
    console.error((error as Error).message);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
