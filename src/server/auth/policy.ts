import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import type { DbOrTx } from "@/server/db/client";

// The one place that says who may do what (docs/decisions/0007-policy-and-actions.md). Use cases call the
// assert… functions here; routes and actions call requireUser/requireRole in permissions.ts, which build on
// hasRole. This file does not import Auth.js, so use cases keep running outside Next (tests, scripts, jobs).

/** The signed-in person a use case acts for. Taken from the session by the action, never from the form. */
export type Actor = { id: string; email: string; name: string | null; role: Role };

/**
 * The actor may not see or change this thing. Use cases throw it (never return it): it means a route forgot
 * its own check or an id in a URL is someone else's. Actions answer it as a form message; pages answer it with
 * a 404 (not 403) for things owned by other organisations, so ids of other people's drafts do not even
 * confirm that they exist.
 */
export class ForbiddenError extends Error {
  constructor(message = "You cannot see or change this.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** True if the actor holds one of `roles`. Admins always qualify. A missing actor never does. */
export function hasRole(actor: Pick<Actor, "role"> | null | undefined, roles: Role | Role[]): boolean {
  if (!actor?.role) return false;
  const wanted = Array.isArray(roles) ? roles : [roles];
  return actor.role === "admin" || wanted.includes(actor.role);
}

export function assertRole(actor: Actor | null | undefined, roles: Role | Role[], message?: string): asserts actor is Actor {
  if (!actor?.id || !hasRole(actor, roles)) throw new ForbiddenError(message);
}

/**
 * Every moderation use case starts here, so a provider or anonymous caller is refused even if a route forgot
 * its own check (the routes check too: requireRole("moderator")). Admins pass.
 */
export function assertModerator(actor: Actor | null | undefined): asserts actor is Actor {
  assertRole(actor, "moderator", "Only moderators can do that.");
}

export function assertAdmin(actor: Actor | null | undefined, message = "Only an admin can do that."): asserts actor is Actor {
  assertRole(actor, "admin", message);
}

/** So the directory is never left without an admin by accident: another admin has to take an admin's role. */
export function assertKeepsOwnAdmin(actor: Actor, change: { email: string; role: Role }): void {
  if (change.email === actor.email.toLowerCase() && !hasRole(change, "admin")) {
    throw new ForbiddenError("You cannot remove your own admin role. Ask another admin to do it.");
  }
}

// Who may manage what: a provider manages the organisations they are a member of, and the services those
// organisations run (their own new listings, and imported ones once a claim is approved). Moderators and
// admins act through the moderation area, not here. Every check fails closed on a missing id.

/** Whether a user (the actor, or the person a signed link was sent to) is a member of the organisation. */
export async function isOrgMember(db: DbOrTx, userId: string, organisationId: string | null | undefined): Promise<boolean> {
  if (!userId || !organisationId || !isUuid(organisationId)) return false;
  const membership = await db.membership.findFirst({ where: { userId, organisationId }, select: { id: true } });
  return Boolean(membership);
}

export async function assertOrgMember(db: DbOrTx, actor: Actor, organisationId: string): Promise<void> {
  if (!actor?.id || !(await isOrgMember(db, actor.id, organisationId))) throw new ForbiddenError();
}

const managedService = {
  id: true,
  name: true,
  organisationId: true,
  listingStatus: true,
  version: true,
} as const;

export type ManagedService = Prisma.ServiceGetPayload<{ select: typeof managedService }> & { organisationId: string };

/** The service, if the actor is a member of the organisation that runs it; else ForbiddenError. */
export async function findManagedService(db: DbOrTx, actor: Actor, serviceId: string): Promise<ManagedService> {
  if (!actor?.id || !isUuid(serviceId)) throw new ForbiddenError();
  const service = await db.service.findFirst({
    where: { id: serviceId, organisation: { memberships: { some: { userId: actor.id } } } },
    select: managedService,
  });
  if (!service || !service.organisationId) throw new ForbiddenError();
  return service as ManagedService;
}

/** Ids come from URLs; a malformed one is "not yours", never a database error. */
export function isUuid(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}
