import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { FactKind } from "@/lib/fact-provenance";
import type { Listing } from "@/lib/validation/listing";

type Tx = Prisma.TransactionClient;

/** The facts a listing value states (what applyListing writes); the others are then not stated. */
export function factsStatedBy(listing: Listing): FactKind[] {
  return [
    ...(listing.sessions.length > 0 ? (["schedule"] as const) : []),
    "cost" as const,
    "access" as const,
    ...(listing.locations.some((l) => l.accessibility.length > 0) ? (["accessibility"] as const) : []),
    ...(listing.email || listing.phone || listing.url ? (["contact"] as const) : []),
  ];
}

/** An approved revision: the facts it sets are confirmed by the provider on this date; the rest are not stated (ADR 0009). */
export async function confirmListingFacts(
  tx: Tx,
  serviceId: string,
  listing: Listing,
  by: { userId: string | null; at: Date },
): Promise<void> {
  const facts = factsStatedBy(listing);
  await tx.serviceFact.deleteMany({ where: { serviceId, fact: { notIn: facts } } });
  for (const fact of facts) {
    const data = {
      state: "confirmed" as const,
      sources: ["provider"],
      kindOfPlace: null,
      note: null,
      value: undefined,
      confirmedAt: by.at,
      confirmedById: by.userId,
      updatedAt: by.at,
    };
    await tx.serviceFact.upsert({ where: { serviceId_fact: { serviceId, fact } }, create: { serviceId, fact, ...data }, update: data });
  }
}

/** A moderator's verification: every fact the listing states is confirmed by them on this date. */
export async function confirmStatedFacts(tx: Tx, serviceId: string, by: { userId: string; at: Date }): Promise<void> {
  await tx.serviceFact.updateMany({
    where: { serviceId, state: { not: "confirmed" } },
    data: { state: "confirmed", sources: ["moderator"], confirmedAt: by.at, confirmedById: by.userId, updatedAt: by.at },
  });
}
