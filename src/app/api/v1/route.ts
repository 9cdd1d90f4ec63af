import { apiJson, apiRoute } from "@/server/oruk/api-response";
import { apiInfo } from "@/server/oruk/openapi-document";

export const dynamic = "force-dynamic";

/** GET /api/v1/: which standard this API follows and where its OpenAPI document is. */
export async function GET() {
  return apiRoute(async () => apiJson(apiInfo()));
}
