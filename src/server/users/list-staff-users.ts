import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import type { Actor } from "@/server/auth/access-denied";
import { ForbiddenError } from "./grant-role";

/** Everyone who is a moderator or an admin, so an admin can see who holds which role. */
export async function listStaffUsers(actor: Actor, db: Db = prisma): Promise<Array<{ email: string; role: string }>> {
  if (actor?.role !== "admin") throw new ForbiddenError("Only an admin can list users.");
  return db.user.findMany({ where: { role: { in: ["moderator", "admin"] } }, select: { email: true, role: true }, orderBy: [{ role: "asc" }, { email: "asc" }] });
}
