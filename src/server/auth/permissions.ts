import "server-only";
import { forbidden, redirect } from "next/navigation";
import { auth } from "@/server/auth/auth";
import type { Role } from "@/generated/prisma/enums";
import { hasRole, type Actor } from "@/server/auth/policy";

// The app side of the policy (policy.ts): pages, layouts and server actions start here.

/** The signed-in person, or null. Never throws for a missing session. */
export async function getActor(): Promise<Actor | null> {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  return { id: user.id, email: user.email, name: user.name ?? null, role: user.role };
}

/** Signed-in person or a redirect to sign in (then back to `returnTo`). Fails closed. */
export async function requireUser(returnTo = "/provider"): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}

/** A person holding one of `roles` (admin always qualifies), else 403. */
export async function requireRole(roles: Role | Role[], returnTo?: string): Promise<Actor> {
  const actor = await requireUser(returnTo);
  if (!hasRole(actor, roles)) forbidden();
  return actor;
}
