import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { assertModerator, type Actor } from "@/server/auth/policy";

/** A public report with the listing it is about (the reporter's contact email is for moderators only). */
export async function getReportForReview(reportId: string, actor: Actor, db: Db = prisma) {
  assertModerator(actor);
  const report = await db.report.findUnique({
    where: { id: reportId },
    include: {
      service: {
        select: { id: true, name: true, listingStatus: true, version: true, verifiedAt: true, organisation: { select: { name: true } } },
      },
      resolvedBy: { select: { email: true } },
    },
  });
  if (!report) return null;
  const otherOpen = await db.report.count({ where: { serviceId: report.serviceId, status: "open", id: { not: report.id } } });
  return { report, otherOpen };
}
