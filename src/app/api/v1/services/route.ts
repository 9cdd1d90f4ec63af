import { servicesQuerySchema } from "@/lib/validation/oruk-query";
import { listRoute } from "@/server/oruk/api-response";
import { findServices } from "@/server/oruk/find-services";

export const dynamic = "force-dynamic";

/** GET /api/v1/services (docs/decisions/0015-open-referral-api.md) */
export const GET = listRoute(servicesQuerySchema, (query) => findServices({ query }));
