import { detailRoute } from "@/server/oruk/api-response";
import { readServiceAtLocation } from "@/server/oruk/read-service-at-location";

export const dynamic = "force-dynamic";

const read = detailRoute("service at location", (id) => readServiceAtLocation({ id }));

/** GET /api/v1/service_at_locations/{id} */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }) {
  return read(context);
}
