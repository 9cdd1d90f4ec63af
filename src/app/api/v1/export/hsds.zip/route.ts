import { apiDownload, apiDownloadHead, apiRoute } from "@/server/oruk/api-response";
import { HSDS_PACKAGE_FILENAME, streamHsdsPackage } from "@/server/exports/stream-hsds-package";

export const dynamic = "force-dynamic";

const FILE = { contentType: "application/zip", filename: HSDS_PACKAGE_FILENAME };

/** GET /api/v1/export/hsds.zip: the directory as HSDS-UK 3.0 tabular files (one CSV per entity) and datapackage.json. */
export async function GET() {
  return apiRoute(() => apiDownload(streamHsdsPackage(), FILE));
}

/** HEAD: what a GET would answer, without reading the directory. */
export function HEAD() {
  return apiDownloadHead(FILE);
}
