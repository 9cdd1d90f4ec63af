import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import type { Actor } from "@/server/auth/policy";

/** The organisations the actor belongs to, by name. */
export async function listMyOrganisations(actor: Actor, db: Db = prisma): Promise<Array<{ id: string; name: string }>> {
  if (!actor?.id) return [];
  return db.organisation.findMany({
    where: { memberships: { some: { userId: actor.id } } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
