import { apiJson } from "@/server/oruk/api-response";

export const dynamic = "force-dynamic";

/** Any other path under /api/v1: a JSON 404 (with CORS), not the site's HTML page. */
export async function GET() {
  return apiJson({ error: "not_found", message: "There is no such endpoint; see /api/v1/openapi.json" }, 404);
}
