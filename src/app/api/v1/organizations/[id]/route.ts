import { detailRoute } from "@/server/oruk/api-response";
import { readOrganization } from "@/server/oruk/find-organizations";

export const dynamic = "force-dynamic";

const read = detailRoute("organization", (id) => readOrganization({ id }));

/** GET /api/v1/organizations/{id} */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }) {
  return read(context);
}
