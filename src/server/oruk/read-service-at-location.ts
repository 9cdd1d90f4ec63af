import "server-only";
import type { OrukServiceAtLocationDetail } from "@/lib/validation/oruk-records";
import { prisma, type Db } from "@/server/db/client";
import { orukServiceInclude, toOrukService } from "./to-oruk-records";

/** GET /api/v1/service_at_locations/{id}: a venue of a published service, with both in full; null for a 404. */
export async function readServiceAtLocation(options: { id: string }, db: Db = prisma): Promise<OrukServiceAtLocationDetail | null> {
  const sal = await db.serviceAtLocation.findFirst({
    where: { id: options.id, service: { listingStatus: "published" } },
    include: { service: { include: orukServiceInclude } },
  });
  if (!sal) return null;
  const service = toOrukService(sal.service);
  const here = service.service_at_locations.find((x) => x.id === sal.id)!;
  return { ...here, service };
}
