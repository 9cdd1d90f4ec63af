import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { consumeRateLimit } from "@/server/rate-limit/consume-rate-limit";
import { looksLikeBot } from "@/server/http/looks-like-bot";
import { rateLimitKey } from "@/server/rate-limit/rate-limit-key";

/** Fewer results than this counts as unmet demand. */
export const FEW_RESULTS = 3;

/** Who searched, only to count each search once per person and day; never stored in clear. */
export type SearchClient = { address: string; userAgent: string | null };

/**
 * Counts a search that found fewer than 3 results, by month and the structured filters only: the place and
 * ward searched (from the postcode or the filters) and each category asked for. Nothing about the person, no
 * free text, no address: a monthly counter per combination. Does nothing for searches that found enough.
 * So that scripts cannot inflate the published figures, obvious bots are ignored and the same client (hashed
 * address and user agent) counts the same search at most once per UTC day.
 */
export async function recordUnmetDemand(
  search: {
    placeCode?: string | null;
    wardCode?: string | null;
    categoryCodes: readonly string[];
    resultCount: number;
    client: SearchClient;
    now?: Date;
  },
  db: Db = prisma,
): Promise<void> {
  if (search.resultCount >= FEW_RESULTS || looksLikeBot(search.client.userAgent)) return;
  const now = search.now ?? new Date();
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const outcome = search.resultCount === 0 ? "none" : "few";
  const categories = search.categoryCodes.length ? [...new Set(search.categoryCodes)].sort() : [""];
  const what = [search.placeCode ?? "", search.wardCode ?? "", outcome, ...categories].join("|");
  const once = await consumeRateLimit(
    {
      key: rateLimitKey("unmet-demand", `${search.client.address}\n${search.client.userAgent}\n${what}`),
      limit: 1,
      windowSeconds: 86_400,
      now,
    },
    db,
  );
  if (!once.allowed) return;
  for (const categoryCode of categories) {
    await db.$executeRaw`
      INSERT INTO search_demand (month, place_code, ward_code, category_code, outcome, count)
      VALUES (${month}::date, ${search.placeCode ?? ""}, ${search.wardCode ?? ""}, ${categoryCode}, ${outcome}, 1)
      ON CONFLICT (month, place_code, ward_code, category_code, outcome)
      DO UPDATE SET count = search_demand.count + 1`;
  }
}
