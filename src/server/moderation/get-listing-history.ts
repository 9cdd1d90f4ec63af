import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { assertModerator, type Actor } from "@/server/auth/policy";

export type HistoryEntry = {
  id: string;
  at: Date;
  action: string;
  actor: string | null;
  entityType: string;
  data: Record<string, unknown>;
};

/**
 * Everything that ever happened to a listing, newest first: audit events about the service itself and about
 * its revisions, claims, reports and feed imports (each written in the transaction that made the change).
 */
export async function getListingHistory(serviceId: string, actor: Actor, db: Db = prisma): Promise<HistoryEntry[]> {
  assertModerator(actor);
  const [revisions, claims, reports, imports] = await Promise.all([
    db.revision.findMany({ where: { serviceId }, select: { id: true } }),
    db.claimRequest.findMany({ where: { serviceId }, select: { id: true } }),
    db.report.findMany({ where: { serviceId }, select: { id: true } }),
    db.importRecord.findMany({ where: { serviceId }, select: { id: true } }),
  ]);
  const events = await db.auditEvent.findMany({
    where: {
      OR: [
        { entityType: "service", entityId: serviceId },
        { entityType: "revision", entityId: { in: revisions.map((r) => r.id) } },
        { entityType: "claim", entityId: { in: claims.map((c) => c.id) } },
        { entityType: "report", entityId: { in: reports.map((r) => r.id) } },
        { entityType: "import_record", entityId: { in: imports.map((i) => i.id) } },
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 500,
    include: { actor: { select: { email: true } } },
  });
  return events.map((e) => ({
    id: e.id,
    at: e.createdAt,
    action: e.action,
    actor: e.actor?.email ?? null,
    entityType: e.entityType,
    data: (e.data ?? {}) as Record<string, unknown>,
  }));
}
