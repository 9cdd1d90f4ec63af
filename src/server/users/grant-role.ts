import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { assertAdmin, assertKeepsOwnAdmin, type Actor } from "@/server/auth/policy";
import { grantRoleSchema, type GrantRole } from "@/lib/validation/auth";

/**
 * Gives a user (created if they have never signed in) a role. Only an admin may do this from the app; the
 * first admin is made from the command line (`npm run user:grant`), where `actor` is "cli".
 */
export async function grantRole(input: GrantRole, actor: Actor | "cli", db: Db = prisma) {
  if (actor !== "cli") assertAdmin(actor, "Only an admin can change roles.");
  const { email, role } = grantRoleSchema.parse(input);
  if (actor !== "cli") assertKeepsOwnAdmin(actor, { email, role });
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { email }, select: { role: true } });
    const user = await tx.user.upsert({ where: { email }, create: { email, role }, update: { role } });
    await tx.auditEvent.create({
      data: {
        actorId: actor === "cli" ? null : actor.id,
        action: "user.role_granted",
        entityType: "user",
        entityId: user.id,
        data: { email, from: before?.role ?? null, to: role, via: actor === "cli" ? "cli" : "app" },
      },
    });
    return user;
  });
}
