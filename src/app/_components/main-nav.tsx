import { PrimaryNav } from "@/components/layout/primary-nav";
import { visibleNavItems } from "@/components/layout/nav-items";
import { currentActor } from "./current-actor";
import { hasRole } from "@/server/auth/policy";
import { ModerationQueueBadge } from "./moderation-queue-badge";

/** The header's navigation for whoever is signed in: "Moderate" and its queue count for moderators only. */
export async function MainNav() {
  const user = await currentActor().catch(() => null);
  const canModerate = hasRole(user, "moderator");
  return <PrimaryNav items={visibleNavItems(canModerate)} badges={canModerate ? { "/moderate": <ModerationQueueBadge /> } : {}} />;
}
