import "server-only";
import { forbidden, redirect } from "next/navigation";
import { auth } from "@/server/auth/auth";
import type { Role } from "@/generated/prisma/enums";

export type CurrentUser = { id: string; email: string; name: string | null; role: Role };

/** The signed-in user, or null. Never throws for a missing session. */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  return { id: user.id, email: user.email, name: user.name ?? null, role: user.role };
}

/** Signed-in user or a redirect to sign in (then back to `returnTo`). Fails closed. */
export async function requireUser(returnTo = "/provider"): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** A user holding one of `roles` (admin always qualifies), else 403. */
export async function requireRole(roles: Role | Role[], returnTo?: string): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  if (!hasRole(user, roles)) forbidden();
  return user;
}

export function hasRole(user: Pick<CurrentUser, "role"> | null, roles: Role | Role[]): boolean {
  if (!user) return false;
  const wanted = Array.isArray(roles) ? roles : [roles];
  return user.role === "admin" || wanted.includes(user.role);
}
