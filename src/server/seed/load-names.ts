import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { NOBODY_TOOK_OVER } from "./load-facts";

type Tx = Pick<PrismaClient, "$executeRaw">;

export type ListingName = { source: string; sourceId: string; name: string; alternateName: string | null; otherSources: string[] };

/**
 * The seed's name and alternative names (ADR 0003: the most current source's name wins) onto imported listings
 * nobody has taken over, and the name onto their venue, so a database seeded under an older rule gets the
 * corrected names. A name a provider or moderator set is never touched (NOBODY_TOOK_OVER). The records merged
 * into a listing (`other_sources`) are where its data came from, so they are kept true on every imported
 * listing. A run over an up-to-date database writes nothing. Returns the rows written.
 */
export async function loadNames(tx: Tx, listings: ListingName[]): Promise<number> {
  if (listings.length === 0) return 0;
  const names = Prisma.sql`unnest(${listings.map((l) => l.source)}::text[], ${listings.map((l) => l.sourceId)}::text[],
    ${listings.map((l) => l.name)}::text[], ${listings.map((l) => l.alternateName)}::text[],
    ${listings.map((l) => l.otherSources.join(" "))}::text[]) AS n(source, source_id, name, alternate_name, other_sources)`;
  const services = await tx.$executeRaw`
    UPDATE service s SET name = n.name, alternate_name = n.alternate_name, updated_at = now()
    FROM ${names}
    WHERE s.source = n.source AND s.source_id = n.source_id AND ${NOBODY_TOOK_OVER}
      AND (s.name IS DISTINCT FROM n.name OR s.alternate_name IS DISTINCT FROM n.alternate_name)`;
  const venues = await tx.$executeRaw`
    UPDATE location l SET name = n.name, updated_at = now()
    FROM ${names}, service s
    WHERE l.source = n.source AND l.source_id = n.source_id AND s.source = n.source AND s.source_id = n.source_id
      AND ${NOBODY_TOOK_OVER} AND l.name IS DISTINCT FROM n.name AND NOT l.hide_exact_address`;
  const credits = await tx.$executeRaw`
    UPDATE service s SET other_sources = string_to_array(n.other_sources, ' ')
    FROM ${names}
    WHERE s.source = n.source AND s.source_id = n.source_id AND s.other_sources IS DISTINCT FROM string_to_array(n.other_sources, ' ')`;
  return services + venues + credits;
}
