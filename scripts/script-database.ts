// Which database a command-line script works on: DATABASE_URL; without it, the embedded database, through the
// running `npm run dev` if there is one (it leaves its address in .data/pglite.url), else by opening
// .data/pglite directly (migrated first). `stop()` closes what was opened here. `runScript` is how a script
// uses it: the work with a Prisma client on that database, closed afterwards; a failure prints its message
// (no stack: these are commands people type) and exits 1.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import pg from "pg";
import { createPrismaClient } from "@/server/db/client";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/server/db/embedded-postgres";
import { migrate } from "@/server/db/migrate";

async function reachable(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

export async function openScriptDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv) return { url: fromEnv, stop: async () => {} };
  const urlFile = resolve(".data/pglite.url");
  const running = existsSync(urlFile) ? readFileSync(urlFile, "utf8").trim() : null;
  if (running && (await reachable(running))) return { url: running, stop: async () => {} };
  const embedded: EmbeddedPostgres = await startEmbeddedPostgres({ dataDir: resolve(process.env.PGLITE_DATA_DIR ?? ".data/pglite") });
  await migrate({ connectionString: embedded.url });
  return { url: embedded.url, stop: () => embedded.stop() };
}

type ScriptDb = ReturnType<typeof createPrismaClient>;

export function runScript(work: (db: ScriptDb) => Promise<void>): void {
  const run = async () => {
    const database = await openScriptDatabase();
    const db = createPrismaClient(database.url);
    try {
      await work(db);
    } finally {
      await db.$disconnect();
      await database.stop();
    }
  };
  run().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
