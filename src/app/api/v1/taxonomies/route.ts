import { pagingQuerySchema } from "@/lib/validation/oruk-query";
import { listRoute } from "@/server/oruk/api-response";
import { findTaxonomies } from "@/server/oruk/find-taxonomies";

export const dynamic = "force-dynamic";

/** GET /api/v1/taxonomies (docs/decisions/0015-open-referral-api.md) */
export const GET = listRoute(pagingQuerySchema, (query) => findTaxonomies({ query }));
