import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";

export type WardOption = { code: string; name: string; placeCode: string };

/** Every ward, by place then name, for the search form's ward filter (124 rows of reference data). */
export async function listWards(db: Db = prisma): Promise<WardOption[]> {
  const wards = await db.ward.findMany({
    select: { code: true, name: true, placeCode: true },
    orderBy: [{ placeCode: "asc" }, { name: "asc" }],
  });
  return wards;
}
