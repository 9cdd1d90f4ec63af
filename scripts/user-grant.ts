// npm run user:grant -- someone@example.org admin
// Uses DATABASE_URL, else the embedded database (scripts/script-database.ts).
import { createPrismaClient } from "@/server/db/client";
import { grantRole } from "@/server/users/grant-role";
import { roleSchema } from "@/lib/validation/auth";
import { openScriptDatabase } from "./script-database";

const [email, roleArg] = process.argv.slice(2);
const role = roleSchema.safeParse(roleArg);
if (!email || !role.success) {
  console.error("usage: npm run user:grant -- <email> <provider|moderator|admin>");
  process.exit(2);
}

async function main() {
  const database = await openScriptDatabase();
  const url = database.url;
  const db = createPrismaClient(url);
  try {
    const user = await grantRole({ email: email!, role: role.data! }, "cli", db);
    console.log(`${user.email} is now ${user.role}`);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
