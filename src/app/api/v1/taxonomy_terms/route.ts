import { taxonomyTermsQuerySchema } from "@/lib/validation/oruk-query";
import { listRoute } from "@/server/oruk/api-response";
import { findTaxonomyTerms } from "@/server/oruk/find-taxonomies";

export const dynamic = "force-dynamic";

/** GET /api/v1/taxonomy_terms (docs/decisions/0015-open-referral-api.md) */
export const GET = listRoute(taxonomyTermsQuerySchema, (query) => findTaxonomyTerms({ query }));
