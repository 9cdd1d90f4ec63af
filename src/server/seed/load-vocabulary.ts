import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { taxonomies } from "@/lib/vocabulary";

/**
 * The four taxonomies and their terms from seeds/vocabulary.json. Creates what is missing and leaves existing
 * rows alone: moderators own the vocabulary once it is in the database.
 */
export async function loadVocabulary(db: Pick<PrismaClient, "taxonomy" | "taxonomyTerm">) {
  let created = 0;
  let terms = 0;
  for (const taxonomy of taxonomies) {
    const existing = await db.taxonomy.findUnique({ where: { slug: taxonomy.slug }, include: { terms: { select: { code: true } } } });
    const row =
      existing ??
      (await db.taxonomy.create({ data: { slug: taxonomy.slug, name: taxonomy.name, description: taxonomy.description, version: "1" } }));
    if (!existing) created++;
    const have = new Set(existing?.terms.map((t) => t.code) ?? []);
    const missing = taxonomy.terms.filter((t) => !have.has(t.code));
    if (missing.length > 0) {
      const result = await db.taxonomyTerm.createMany({
        data: missing.map((t) => ({ taxonomyId: row.id, code: t.code, name: t.name, sortOrder: t.sortOrder })),
        skipDuplicates: true,
      });
      created += result.count;
    }
    terms += taxonomy.terms.length;
  }
  return { counts: { taxonomies: taxonomies.length, taxonomyTerms: terms }, changed: created };
}
