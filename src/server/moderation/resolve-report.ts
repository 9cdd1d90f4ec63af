import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { assertModerator, type Actor } from "@/server/auth/policy";
import { ConflictError } from "./conflict-error";
import { moderate } from "./moderate";
import type { ModerationOutcome } from "./moderation-outcome";
import { recordDecision } from "./record-decision";

/**
 * Closes a public report: `resolved` (the listing was put right) or `dismissed` (nothing to do, or spam).
 * Archiving the listing resolves its reports by itself (archiveListing).
 */
export async function resolveReport(
  options: { reportId: string; lockVersion: number; outcome: "resolved" | "dismissed"; note?: string | undefined; now?: Date },
  actor: Actor,
  db: Db = prisma,
): Promise<ModerationOutcome> {
  assertModerator(actor);
  const now = options.now ?? new Date();
  const { reportId, lockVersion, outcome } = options;
  const action = outcome === "resolved" ? "resolve" : "dismiss";
  return moderate(db, actor, { action, entityType: "report", entityId: reportId, data: { lockVersion } }, async (tx) => {
    const rows = await tx.$queryRaw<Array<{ service_id: string }>>`
      UPDATE report SET status = ${outcome}::report_status, resolved_at = ${now}, resolved_by_id = ${actor.id}, lock_version = lock_version + 1
       WHERE id = ${reportId}::uuid AND lock_version = ${lockVersion} AND status = 'open'
      RETURNING service_id`;
    if (!rows[0]) {
      const current = await tx.report.findUnique({
        where: { id: reportId },
        select: { status: true, resolvedAt: true, resolvedBy: { select: { email: true } } },
      });
      throw new ConflictError(
        current && current.status !== "open"
          ? `This report was already ${current.status}${current.resolvedBy ? ` by ${current.resolvedBy.email}` : ""}. Nothing was changed.`
          : "This report changed after you opened it. Nothing was changed: reload the page.",
      );
    }
    const serviceId = rows[0].service_id;
    await recordDecision(
      tx,
      actor,
      { action, serviceId, reportId, reason: options.note ?? null },
      { action: `report.${outcome}`, entityType: "report", entityId: reportId, data: { serviceId, note: options.note ?? null } },
    );
  });
}
