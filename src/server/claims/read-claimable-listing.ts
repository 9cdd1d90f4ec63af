import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { isUuid, type Actor } from "@/server/auth/policy";

export type ClaimableListing = {
  id: string;
  name: string;
  /** Where it is, in a few words (first venue's town and postcode, or ward and place if its address is hidden). */
  where: string | null;
  /** Who runs it now, if anyone. */
  organisationName: string | null;
  /** True when one of the actor's organisations already manages it. */
  managedByMe: boolean;
  pendingClaim: { organisationName: string; createdAt: Date } | null;
};

/** A published listing as the claim page shows it, with the actor's own standing; null if not published. */
export async function readClaimableListing(serviceId: string, actor: Actor, db: Db = prisma): Promise<ClaimableListing | null> {
  if (!isUuid(serviceId)) return null;
  const service = await db.service.findFirst({
    where: { id: serviceId, listingStatus: "published" },
    select: {
      id: true,
      name: true,
      organisation: { select: { name: true, memberships: { where: { userId: actor.id }, select: { id: true } } } },
      serviceAtLocations: {
        take: 1,
        select: {
          location: {
            select: {
              city: true,
              postcode: true,
              hideExactAddress: true,
              ward: { select: { name: true } },
              place: { select: { name: true } },
            },
          },
        },
      },
      claims: { where: { userId: actor.id, status: "pending" }, select: { createdAt: true, organisation: { select: { name: true } } } },
    },
  });
  if (!service) return null;
  const location = service.serviceAtLocations[0]?.location;
  // A home-based venue shows its ward and place only (ADR 0011): any signed-in person can open this page.
  const where = location
    ? (location.hideExactAddress ? [location.ward?.name, location.place?.name] : [location.city, location.postcode])
        .filter(Boolean)
        .join(", ")
    : null;
  const claim = service.claims[0];
  return {
    id: service.id,
    name: service.name,
    where: where || null,
    organisationName: service.organisation?.name ?? null,
    managedByMe: (service.organisation?.memberships.length ?? 0) > 0,
    pendingClaim: claim ? { organisationName: claim.organisation.name, createdAt: claim.createdAt } : null,
  };
}
