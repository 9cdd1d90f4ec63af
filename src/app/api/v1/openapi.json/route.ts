import { apiJson, apiRoute } from "@/server/oruk/api-response";
import { openApiDocument } from "@/server/oruk/openapi-document";

export const dynamic = "force-dynamic";

/** GET /api/v1/openapi.json: the API described as OpenAPI 3.1, generated from its zod schemas. */
export async function GET() {
  return apiRoute(async () => apiJson(openApiDocument()));
}
