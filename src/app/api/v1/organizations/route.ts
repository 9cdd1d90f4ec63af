import { pagingQuerySchema } from "@/lib/validation/oruk-query";
import { listRoute } from "@/server/oruk/api-response";
import { findOrganizations } from "@/server/oruk/find-organizations";

export const dynamic = "force-dynamic";

/** GET /api/v1/organizations (docs/decisions/0015-open-referral-api.md) */
export const GET = listRoute(pagingQuerySchema, (query) => findOrganizations({ query }));
