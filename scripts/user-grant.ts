// npm run user:grant -- someone@example.org admin
// Uses DATABASE_URL; without it, the embedded database: through the running `npm run dev` if there is one
// (it leaves its address in .data/pglite.url), else by opening .data/pglite directly.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import pg from "pg";
import { createPrismaClient } from "@/server/db/client";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/server/db/embedded-postgres";
import { migrate } from "@/server/db/migrate";
import { grantRole } from "@/server/users/grant-role";
import { roleSchema } from "@/lib/validation/auth";

const [email, roleArg] = process.argv.slice(2);
const role = roleSchema.safeParse(roleArg);
if (!email || !role.success) {
  console.error("usage: npm run user:grant -- <email> <provider|moderator|admin>");
  process.exit(2);
}

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

async function main() {
  let url = process.env.DATABASE_URL;
  let embedded: EmbeddedPostgres | undefined;
  const urlFile = resolve(".data/pglite.url");
  if (!url && existsSync(urlFile) && (await reachable(readFileSync(urlFile, "utf8").trim()))) {
    url = readFileSync(urlFile, "utf8").trim();
  }
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: resolve(process.env.PGLITE_DATA_DIR ?? ".data/pglite") });
    url = embedded.url;
    await migrate({ connectionString: url });
  }
  const db = createPrismaClient(url);
  try {
    const user = await grantRole({ email: email!, role: role.data! }, "cli", db);
    console.log(`${user.email} is now ${user.role}`);
  } finally {
    await db.$disconnect();
    await embedded?.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
