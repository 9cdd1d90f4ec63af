import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { assertModerator, type Actor } from "@/server/auth/policy";
import { readListingFacts, type ListingFacts } from "@/server/listings/read-listing-facts";
import { awaitingVerification } from "./verification-queue-sql";

export type VerificationCheck = ListingFacts & { version: number; awaiting: boolean };

/** One listing of the verify queue as the moderator checks it: the live listing, its facts' provenance, the version seen. */
export async function getVerificationCheck(
  options: { serviceId: string },
  actor: Actor,
  db: Db = prisma,
): Promise<VerificationCheck | null> {
  assertModerator(actor);
  const [found, [row]] = await Promise.all([
    readListingFacts({ serviceId: options.serviceId }, db),
    db.$queryRaw<Array<{ version: number; awaiting: boolean }>>`
      SELECT s.version, (${awaitingVerification}) AS awaiting FROM service s WHERE s.id = ${options.serviceId}::uuid`,
  ]);
  if (!found || !row) return null;
  return { ...found, version: row.version, awaiting: row.awaiting };
}
