import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { assertModerator, type Actor } from "@/server/auth/policy";

/** A claim with what a moderator needs to judge it: who asks, for which organisation, who manages it now. */
export async function getClaimForReview(claimId: string, actor: Actor, db: Db = prisma) {
  assertModerator(actor);
  const claim = await db.claimRequest.findUnique({
    where: { id: claimId },
    include: {
      user: { select: { email: true } },
      organisation: { select: { id: true, name: true, website: true, charityNumber: true, email: true } },
      service: { select: { id: true, name: true, url: true, listingStatus: true, organisation: { select: { id: true, name: true } } } },
      decisions: { orderBy: { createdAt: "desc" }, include: { moderator: { select: { email: true } } } },
    },
  });
  if (!claim) return null;
  const otherClaims = await db.claimRequest.count({ where: { serviceId: claim.serviceId, status: "pending", id: { not: claim.id } } });
  return { claim, otherClaims };
}
