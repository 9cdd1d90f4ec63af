import { serviceAtLocationsQuerySchema } from "@/lib/validation/oruk-query";
import { listRoute } from "@/server/oruk/api-response";
import { findServiceAtLocations } from "@/server/oruk/find-service-at-locations";

export const dynamic = "force-dynamic";

/** GET /api/v1/service_at_locations (docs/decisions/0015-open-referral-api.md) */
export const GET = listRoute(serviceAtLocationsQuerySchema, (query) => findServiceAtLocations({ query }));
