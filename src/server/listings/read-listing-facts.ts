import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { FACT_KINDS, type FactKind, type FactProvenance } from "@/lib/fact-provenance";
import { readPublicListings, type PublicListing } from "./read-public-listings";

export type ListingFacts = { listing: PublicListing; facts: Record<FactKind, FactProvenance | null> };

/**
 * A published listing with each of its facts' provenance (confirmed, imported, usual for its kind, or null
 * for not stated): for the listing page and search. Null when the listing is not published.
 */
export async function readListingFacts(options: { serviceId: string; now?: Date }, db: Db = prisma): Promise<ListingFacts | null> {
  const [listing] = await readPublicListings({ ids: [options.serviceId], ...(options.now ? { now: options.now } : {}) }, db);
  if (!listing) return null;
  const facts = Object.fromEntries(FACT_KINDS.map((kind) => [kind, listing.facts.find((f) => f.fact === kind) ?? null])) as Record<
    FactKind,
    FactProvenance | null
  >;
  return { listing, facts };
}
