import { currentActor } from "./current-actor";
import { hasRole } from "@/server/auth/policy";
import { countQueue } from "@/server/moderation/list-queue";

/**
 * How many items wait in the moderation queue, beside "Moderate" in the header, for moderators and admins
 * only. Read as part of the link: "Moderate, 12 waiting". Nothing when the count cannot be read.
 */
export async function ModerationQueueBadge() {
  const user = await currentActor().catch(() => null);
  if (!user || !hasRole(user, "moderator")) return null;
  const count = await countQueue(user).catch(() => null);
  if (!count) return null;
  return (
    <span className="ml-2 inline-block min-w-6 rounded-full bg-white px-2 text-center text-small text-brand" data-testid="queue-count">
      <span className="sr-only">, </span>
      {count.toLocaleString("en-GB")}
      <span className="sr-only"> waiting</span>
    </span>
  );
}
