import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";

/** Fewer results than this counts as unmet demand. */
export const FEW_RESULTS = 3;

/**
 * Counts a search that found fewer than 3 results, by month and the structured filters only: the place and
 * ward searched (from the postcode or the filters) and each category asked for. Nothing about the person, no
 * free text, no address: a monthly counter per combination. Does nothing for searches that found enough.
 */
export async function recordUnmetDemand(
  search: { placeCode?: string | null; wardCode?: string | null; categoryCodes: readonly string[]; resultCount: number; now?: Date },
  db: Db = prisma,
): Promise<void> {
  if (search.resultCount >= FEW_RESULTS) return;
  const now = search.now ?? new Date();
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const outcome = search.resultCount === 0 ? "none" : "few";
  const categories = search.categoryCodes.length ? [...new Set(search.categoryCodes)] : [""];
  for (const categoryCode of categories) {
    await db.$executeRaw`
      INSERT INTO search_demand (month, place_code, ward_code, category_code, outcome, count)
      VALUES (${month}::date, ${search.placeCode ?? ""}, ${search.wardCode ?? ""}, ${categoryCode}, ${outcome}, 1)
      ON CONFLICT (month, place_code, ward_code, category_code, outcome)
      DO UPDATE SET count = search_demand.count + 1`;
  }
}
