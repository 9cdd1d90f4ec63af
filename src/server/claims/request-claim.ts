import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { assertOrgMember, isOrgMember, isUuid, type Actor } from "@/server/auth/policy";
import { fieldErrorsFrom } from "@/lib/form-state";
import { fail, invalid, ok, type Result } from "@/lib/result";
import { claimSchema } from "@/lib/validation/claim";
import { isUniqueViolation } from "@/server/listings/start-edit";

export type RequestClaimResult = Result<{ claimId: string }, "invalid" | "not-found" | "already-managed" | "already-pending">;

const REFUSED = {
  "not-found": "This listing cannot be claimed. It may have been removed from the directory.",
  "already-managed": "Your organisation already manages this listing.",
  "already-pending": "You have already asked to manage this listing. A moderator will look at it soon.",
} as const;
const refused = (code: keyof typeof REFUSED) => fail(code, REFUSED[code]);

/**
 * "Is this your organisation? Claim it": asks the moderators to let one of the actor's organisations manage a
 * published listing (most are imported and run by nobody here yet). One pending claim per person per listing.
 * Approval (in moderation) sets the service's organisation; until then nothing about the listing changes.
 */
export async function requestClaim(
  options: { serviceId: string; organisationId: unknown; message: unknown },
  actor: Actor,
  db: Db = prisma,
): Promise<RequestClaimResult> {
  const parsed = claimSchema.safeParse({ organisationId: options.organisationId, message: options.message });
  if (!parsed.success) return invalid(fieldErrorsFrom(parsed.error));
  if (!isUuid(options.serviceId)) return refused("not-found");
  const { organisationId, message } = parsed.data;
  try {
    return await db.$transaction(async (tx) => {
      await assertOrgMember(tx, actor, organisationId);
      const service = await tx.service.findFirst({
        where: { id: options.serviceId, listingStatus: "published" },
        select: { id: true, organisationId: true },
      });
      if (!service) return refused("not-found");
      if (await isOrgMember(tx, actor.id, service.organisationId)) return refused("already-managed");
      const pending = await tx.claimRequest.findFirst({
        where: { serviceId: service.id, userId: actor.id, status: "pending" },
        select: { id: true },
      });
      if (pending) return refused("already-pending");
      const claim = await tx.claimRequest.create({ data: { serviceId: service.id, organisationId, userId: actor.id, message } });
      await tx.auditEvent.create({
        data: {
          actorId: actor.id,
          action: "claim.requested",
          entityType: "claim_request",
          entityId: claim.id,
          data: { serviceId: service.id, organisationId, message },
        },
      });
      return ok({ claimId: claim.id });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return refused("already-pending");
    throw error;
  }
}
