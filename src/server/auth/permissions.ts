import "server-only";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { auth } from "@/server/auth/auth";
import { SESSION_COOKIE_NAMES } from "@/server/auth/session-cookie";
import type { Role } from "@/generated/prisma/enums";
import { hasRole, type Actor } from "@/server/auth/policy";
import { DatabaseUnavailableError } from "@/server/db/database-unavailable";
import { checkHealth } from "@/server/health/check-health";
import { noteDatabaseUnavailable } from "@/server/health/database-verdict";

// The app side of the policy (policy.ts): pages, layouts and server actions start here.

/**
 * The signed-in person, or null. Never throws for a missing session. Without a session cookie nobody is signed
 * in, so Auth.js is not asked at all: its handler costs more than the rest of an anonymous page's header
 * (docs/decisions/0042-search-page-cost.md).
 */
export async function getActor(): Promise<Actor | null> {
  const jar = await cookies();
  if (!SESSION_COOKIE_NAMES.some((name) => jar.has(name))) return null;
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  return { id: user.id, email: user.email, name: user.name ?? null, role: user.role };
}

/**
 * Signed-in person or a redirect to sign in (then back to `returnTo`). Fails closed. Auth.js answers "no
 * session" when it cannot read the sessions table, so before sending someone to sign in we check the database
 * answers: if it does not, a DatabaseUnavailableError (a form then says "not saved", keeping what was typed).
 */
export async function requireUser(returnTo = "/provider"): Promise<Actor> {
  const actor = await getActor();
  if (actor) return actor;
  if ((await checkHealth({ timeoutMs: 1500 })).status !== "ok") {
    noteDatabaseUnavailable();
    throw new DatabaseUnavailableError();
  }
  redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
}

/** A person holding one of `roles` (admin always qualifies), else 403. */
export async function requireRole(roles: Role | Role[], returnTo?: string): Promise<Actor> {
  const actor = await requireUser(returnTo);
  if (!hasRole(actor, roles)) forbidden();
  return actor;
}
