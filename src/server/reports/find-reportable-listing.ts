import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";

/** A listing the public may report: live (published) only. Null for anything else, so the page is a 404. */
export async function findReportableListing(serviceId: string, db: Db = prisma): Promise<{ id: string; name: string } | null> {
  return db.service.findFirst({ where: { id: serviceId, listingStatus: "published" }, select: { id: true, name: true } });
}
