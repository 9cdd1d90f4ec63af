import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import type { Actor } from "@/server/auth/access-denied";
import { fieldErrorsFrom } from "@/lib/form-state";
import { claimSchema } from "@/lib/validation/claim";
import { assertMember, isUuid } from "@/server/organisations/organisation-access";
import { isUniqueViolation } from "@/server/listings/start-edit";

export type RequestClaimResult =
  | { ok: true; claimId: string }
  | { ok: false; fieldErrors: Record<string, string> }
  | { ok: false; refused: "not-found" | "already-managed" | "already-pending" };

/**
 * "Is this your organisation? Claim it": asks the moderators to let one of the actor's organisations manage a
 * published listing (most are imported and run by nobody here yet). One pending claim per person per listing.
 * Approval (in moderation) sets the service's organisation; until then nothing about the listing changes.
 */
export async function requestClaim(options: { serviceId: string; organisationId: unknown; message: unknown }, actor: Actor, db: Db = prisma): Promise<RequestClaimResult> {
  const parsed = claimSchema.safeParse({ organisationId: options.organisationId, message: options.message });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  if (!isUuid(options.serviceId)) return { ok: false, refused: "not-found" };
  const { organisationId, message } = parsed.data;
  try {
    return await db.$transaction(async (tx) => {
      await assertMember(tx, actor, organisationId);
      const service = await tx.service.findFirst({ where: { id: options.serviceId, listingStatus: "published" }, select: { id: true, organisationId: true } });
      if (!service) return { ok: false, refused: "not-found" } as const;
      if (service.organisationId) {
        const mine = await tx.membership.findFirst({ where: { userId: actor.id, organisationId: service.organisationId }, select: { id: true } });
        if (mine) return { ok: false, refused: "already-managed" } as const;
      }
      const pending = await tx.claimRequest.findFirst({ where: { serviceId: service.id, userId: actor.id, status: "pending" }, select: { id: true } });
      if (pending) return { ok: false, refused: "already-pending" } as const;
      const claim = await tx.claimRequest.create({ data: { serviceId: service.id, organisationId, userId: actor.id, message } });
      await tx.auditEvent.create({
        data: { actorId: actor.id, action: "claim.requested", entityType: "claim_request", entityId: claim.id, data: { serviceId: service.id, organisationId, message } },
      });
      return { ok: true, claimId: claim.id } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, refused: "already-pending" };
    throw error;
  }
}
