import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { assertAdmin, type Actor } from "@/server/auth/policy";

/** Everyone who is a moderator or an admin, so an admin can see who holds which role. */
export async function listStaffUsers(actor: Actor, db: Db = prisma): Promise<Array<{ email: string; role: string }>> {
  assertAdmin(actor, "Only an admin can list users.");
  return db.user.findMany({
    where: { role: { in: ["moderator", "admin"] } },
    select: { email: true, role: true },
    orderBy: [{ role: "asc" }, { email: "asc" }],
  });
}
