import { detailRoute } from "@/server/oruk/api-response";
import { readService } from "@/server/oruk/read-service";

export const dynamic = "force-dynamic";

const read = detailRoute("service", (id) => readService({ id }));

/** GET /api/v1/services/{id} */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }) {
  return read(context);
}
