import { PrimaryNav } from "@/components/layout/primary-nav";
import { visibleNavItems } from "@/components/layout/nav-items";
import { getActor } from "@/server/auth/permissions";
import { hasRole } from "@/server/auth/policy";
import { ModerationQueueBadge } from "./moderation-queue-badge";

/** The header's navigation for whoever is signed in: "Moderate" and its queue count for moderators only. */
export async function MainNav() {
  const user = await getActor().catch(() => null);
  const canModerate = hasRole(user, "moderator");
  return <PrimaryNav items={visibleNavItems(canModerate)} badges={canModerate ? { "/moderate": <ModerationQueueBadge /> } : {}} />;
}
