import { apiDownload, apiDownloadHead, apiRoute } from "@/server/oruk/api-response";
import { SERVICES_CSV_FILENAME, streamServicesCsv } from "@/server/exports/stream-services-csv";

export const dynamic = "force-dynamic";

const FILE = { contentType: "text/csv; charset=utf-8", filename: SERVICES_CSV_FILENAME };

/** GET /api/v1/export/services.csv: every published service at each of its venues, one row each, for spreadsheets. */
export async function GET() {
  return apiRoute(() => apiDownload(streamServicesCsv(), FILE));
}

/** HEAD: what a GET would answer, without reading the directory. */
export function HEAD() {
  return apiDownloadHead(FILE);
}
