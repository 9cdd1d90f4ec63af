import "server-only";
import type { CurrentUser } from "@/server/auth/permissions";
import { ForbiddenError } from "@/server/users/grant-role";

export { ForbiddenError };

/**
 * Every moderation use case starts here, so a provider or anonymous caller is refused even if a route forgot
 * its own check (the routes check too: requireRole("moderator")). Admins pass. (The same rule as hasRole in
 * permissions.ts, which cannot be imported here: it pulls in Auth.js, and use cases run outside Next too.)
 */
export function assertModerator(actor: CurrentUser | null | undefined): asserts actor is CurrentUser {
  if (!actor || (actor.role !== "moderator" && actor.role !== "admin")) throw new ForbiddenError("Only moderators can do that.");
}
