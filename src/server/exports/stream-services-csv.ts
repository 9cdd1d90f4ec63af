import "server-only";
import { CSV_BOM, csvLines } from "@/lib/csv";
import { SERVICES_CSV_HEADER, servicesCsvRows } from "@/lib/export/services-csv";
import { prisma, type Db } from "@/server/db/client";
import { appUrl } from "@/server/http/app-url";
import { readPublicListings } from "@/server/listings/read-public-listings";
import { publishedServiceIds } from "./published-service-ids";

export const SERVICES_CSV_FILENAME = "west-yorkshire-creative-health-services.csv";

/**
 * GET /api/v1/export/services.csv, as pieces of text: the header, then the rows of each batch of published
 * listings, read as the public pages read them (readPublicListings), so the export shows what they show.
 */
export async function* streamServicesCsv(options: { now?: Date; batchSize?: number } = {}, db: Db = prisma): AsyncGenerator<string> {
  const now = options.now ?? new Date();
  yield CSV_BOM + csvLines([SERVICES_CSV_HEADER]);
  for await (const ids of publishedServiceIds(db, options.batchSize)) {
    const listings = await readPublicListings({ ids, now }, db);
    yield csvLines(listings.flatMap((l) => servicesCsvRows(l, appUrl(`/services/${l.id}`))));
  }
}
