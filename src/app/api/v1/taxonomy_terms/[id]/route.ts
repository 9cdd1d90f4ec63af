import { detailRoute } from "@/server/oruk/api-response";
import { readTaxonomyTerm } from "@/server/oruk/find-taxonomies";

export const dynamic = "force-dynamic";

const read = detailRoute("taxonomy term", (id) => readTaxonomyTerm({ id }));

/** GET /api/v1/taxonomy_terms/{id} */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }) {
  return read(context);
}
