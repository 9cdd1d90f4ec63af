import { apiDownload, apiRoute } from "@/server/oruk/api-response";
import { HSDS_PACKAGE_FILENAME, streamHsdsPackage } from "@/server/exports/stream-hsds-package";

export const dynamic = "force-dynamic";

/** GET /api/v1/export/hsds.zip: the directory as HSDS-UK 3.0 tabular files (one CSV per entity) and datapackage.json. */
export async function GET() {
  return apiRoute(() => apiDownload(streamHsdsPackage(), { contentType: "application/zip", filename: HSDS_PACKAGE_FILENAME }));
}
