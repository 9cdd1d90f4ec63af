// npm run user:grant -- someone@example.org admin
// Uses DATABASE_URL, else the embedded database (scripts/script-database.ts).
import { grantRole } from "@/server/users/grant-role";
import { roleSchema } from "@/lib/validation/auth";
import { runScript } from "./script-database";

const [email, roleArg] = process.argv.slice(2);
const role = roleSchema.safeParse(roleArg);
if (!email || !role.success) {
  console.error("usage: npm run user:grant -- <email> <provider|moderator|admin>");
  process.exit(2);
}

runScript(async (db) => {
  const user = await grantRole({ email: email!, role: role.data! }, "cli", db);
  console.log(`${user.email} is now ${user.role}`);
});
