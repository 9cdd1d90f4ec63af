import "server-only";
import type { TaxonomyTermsQuery } from "@/lib/validation/oruk-query";
import type { OrukPage, OrukTaxonomy, OrukTaxonomyDetail, OrukTaxonomyTerm } from "@/lib/validation/oruk-records";
import { prisma, type Db } from "@/server/db/client";
import { offsetOf, pageRequest, toPage } from "./paging";
import { toOrukTaxonomy, toOrukTerm } from "./to-oruk-records";

// Our vocabularies (category, need, audience, accessibility) are public: every term is on the search page.

const termOrder = [{ taxonomyId: "asc" }, { sortOrder: "asc" }, { id: "asc" }] as const;

/** GET /api/v1/taxonomies */
export async function findTaxonomies(
  options: { query: { page?: number; per_page?: number } },
  db: Db = prisma,
): Promise<OrukPage<OrukTaxonomy>> {
  const paging = pageRequest(options.query);
  const [total, rows] = await Promise.all([
    db.taxonomy.count(),
    db.taxonomy.findMany({ orderBy: [{ slug: "asc" }, { id: "asc" }], skip: offsetOf(paging), take: paging.perPage }),
  ]);
  return toPage(rows.map(toOrukTaxonomy), total, paging);
}

/** GET /api/v1/taxonomies/{id}: with its terms; null for a 404. */
export async function readTaxonomy(options: { id: string }, db: Db = prisma): Promise<OrukTaxonomyDetail | null> {
  const t = await db.taxonomy.findUnique({
    where: { id: options.id },
    include: { terms: { orderBy: [...termOrder], include: { taxonomy: true } } },
  });
  return t ? { ...toOrukTaxonomy(t), taxonomy_terms: t.terms.map(toOrukTerm) } : null;
}

/** GET /api/v1/taxonomy_terms */
export async function findTaxonomyTerms(options: { query: TaxonomyTermsQuery }, db: Db = prisma): Promise<OrukPage<OrukTaxonomyTerm>> {
  const q = options.query;
  const paging = pageRequest(q);
  const where = { taxonomyId: q.taxonomy_id, parentId: q.parent_id };
  const [total, rows] = await Promise.all([
    db.taxonomyTerm.count({ where }),
    db.taxonomyTerm.findMany({ where, orderBy: [...termOrder], include: { taxonomy: true }, skip: offsetOf(paging), take: paging.perPage }),
  ]);
  return toPage(rows.map(toOrukTerm), total, paging);
}

/** GET /api/v1/taxonomy_terms/{id}; null for a 404. */
export async function readTaxonomyTerm(options: { id: string }, db: Db = prisma): Promise<OrukTaxonomyTerm | null> {
  const t = await db.taxonomyTerm.findUnique({ where: { id: options.id }, include: { taxonomy: true } });
  return t ? toOrukTerm(t) : null;
}
