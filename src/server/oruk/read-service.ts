import "server-only";
import type { OrukService } from "@/lib/validation/oruk-records";
import { prisma, type Db } from "@/server/db/client";
import { orukServiceInclude, toOrukService } from "./to-oruk-records";

/** GET /api/v1/services/{id}: the full record of a published service, or null (a 404) for anything else. */
export async function readService(options: { id: string }, db: Db = prisma): Promise<OrukService | null> {
  const s = await db.service.findFirst({ where: { id: options.id, listingStatus: "published" }, include: orukServiceInclude });
  return s ? toOrukService(s) : null;
}
