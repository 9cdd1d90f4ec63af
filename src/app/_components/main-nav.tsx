import { PrimaryNav } from "@/components/layout/primary-nav";
import { visibleNavItems } from "@/components/layout/nav-items";
import { getCurrentUser, hasRole } from "@/server/auth/permissions";
import { ModerationQueueBadge } from "./moderation-queue-badge";

/** The header's navigation for whoever is signed in: "Moderate" and its queue count for moderators only. */
export async function MainNav() {
  const user = await getCurrentUser().catch(() => null);
  const canModerate = hasRole(user, "moderator");
  return <PrimaryNav items={visibleNavItems(canModerate)} badges={canModerate ? { "/moderate": <ModerationQueueBadge /> } : {}} />;
}
