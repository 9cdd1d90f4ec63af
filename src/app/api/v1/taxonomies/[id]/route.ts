import { detailRoute } from "@/server/oruk/api-response";
import { readTaxonomy } from "@/server/oruk/find-taxonomies";

export const dynamic = "force-dynamic";

const read = detailRoute("taxonomy", (id) => readTaxonomy({ id }));

/** GET /api/v1/taxonomies/{id} */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }) {
  return read(context);
}
