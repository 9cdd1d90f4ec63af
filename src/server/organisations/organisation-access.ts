import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { DbOrTx } from "@/server/db/client";
import { AccessDeniedError, type Actor } from "@/server/auth/access-denied";

// Who may manage what: a provider manages the organisations they are a member of, and the services those
// organisations run (their own new listings, and imported ones once a claim is approved). Moderators and
// admins act through the moderation area, not here. Every check fails closed on a missing id.

export async function assertMember(db: DbOrTx, actor: Actor, organisationId: string): Promise<void> {
  if (!actor?.id || !isUuid(organisationId)) throw new AccessDeniedError();
  const membership = await db.membership.findFirst({ where: { userId: actor.id, organisationId }, select: { id: true } });
  if (!membership) throw new AccessDeniedError();
}

const managedService = {
  id: true,
  name: true,
  organisationId: true,
  listingStatus: true,
  version: true,
} as const;

export type ManagedService = Prisma.ServiceGetPayload<{ select: typeof managedService }> & { organisationId: string };

/** The service, if the actor is a member of the organisation that runs it; else AccessDeniedError. */
export async function findManagedService(db: DbOrTx, actor: Actor, serviceId: string): Promise<ManagedService> {
  if (!actor?.id || !isUuid(serviceId)) throw new AccessDeniedError();
  const service = await db.service.findFirst({
    where: { id: serviceId, organisation: { memberships: { some: { userId: actor.id } } } },
    select: managedService,
  });
  if (!service || !service.organisationId) throw new AccessDeniedError();
  return service as ManagedService;
}

/** Ids come from URLs; a malformed one is "not yours", never a database error. */
export function isUuid(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}
