import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { assertAdmin, type Actor } from "@/server/auth/policy";

export type UserSummary = { id: string; email: string; role: "provider" | "moderator" | "admin"; createdAt: Date; organisations: string[] };

/** Admins look people up by email before changing their role. Anyone else is refused. */
export async function findUserByEmail(email: string, actor: Actor, db: Db = prisma): Promise<UserSummary | null> {
  assertAdmin(actor, "Only an admin can look up users.");
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, role: true, createdAt: true, memberships: { select: { organisation: { select: { name: true } } } } },
  });
  return user
    ? {
        id: user.id,
        email: user.email,
        role: user.role,
        createdAt: user.createdAt,
        organisations: user.memberships.map((m) => m.organisation.name),
      }
    : null;
}
