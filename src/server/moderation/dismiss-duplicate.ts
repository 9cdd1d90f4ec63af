import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { assertModerator, type Actor } from "@/server/auth/policy";

/** "These are not the same": the pair is no longer suggested as duplicates. Idempotent. */
export async function dismissDuplicate(
  options: { serviceId: string; otherServiceId: string },
  actor: Actor,
  db: Db = prisma,
): Promise<void> {
  assertModerator(actor);
  const [a, b] = [options.serviceId, options.otherServiceId].sort() as [string, string];
  if (a === b) return;
  await db.$transaction(async (tx) => {
    const inserted = await tx.$executeRaw`
      INSERT INTO duplicate_dismissal (service_id, other_service_id, dismissed_by_id) VALUES (${a}::uuid, ${b}::uuid, ${actor.id})
      ON CONFLICT DO NOTHING`;
    if (inserted === 0) return;
    await tx.auditEvent.createMany({
      data: [
        { actorId: actor.id, action: "service.duplicate_dismissed", entityType: "service", entityId: a, data: { otherServiceId: b } },
        { actorId: actor.id, action: "service.duplicate_dismissed", entityType: "service", entityId: b, data: { otherServiceId: a } },
      ],
    });
  });
}
