import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { assertModerator, type Actor } from "@/server/auth/policy";
import { signConfirmLink } from "@/server/freshness/confirm-link";
import { appUrl } from "@/server/http/app-url";
import { closeOpenRevisions } from "./close-open-revisions";
import { ConflictError } from "./conflict-error";
import { describeDecision } from "./describe-decision";
import { moderate } from "./moderate";
import type { ModerationOutcome } from "./moderation-outcome";
import { recordDecision } from "./record-decision";

/**
 * Approves or rejects a provider's claim to manage a listing. Approval hands the listing to the claim's
 * organisation (service.organisation_id), makes sure the claimant is a member of it, closes the previous
 * organisation's open revisions, and emails the claimant a link to
 * confirm the listing is correct (which verifies it) or to edit it.
 */
export async function decideClaim(
  options: { claimId: string; lockVersion: number; decision: "approve" | "reject"; reason?: string | undefined; now?: Date },
  actor: Actor,
  db: Db = prisma,
): Promise<ModerationOutcome> {
  assertModerator(actor);
  const now = options.now ?? new Date();
  const { claimId, lockVersion, decision } = options;
  const status = decision === "approve" ? "approved" : "rejected";
  return moderate(db, actor, { action: decision, entityType: "claim", entityId: claimId, data: { lockVersion } }, async (tx) => {
    const claimed = await tx.$executeRaw`
      UPDATE claim_request SET status = ${status}::claim_status, lock_version = lock_version + 1, decided_at = ${now}
       WHERE id = ${claimId}::uuid AND lock_version = ${lockVersion} AND status = 'pending'`;
    if (claimed === 0) {
      const last = await tx.moderationDecision.findFirst({
        where: { claimId },
        orderBy: { createdAt: "desc" },
        include: { moderator: { select: { email: true } } },
      });
      throw new ConflictError(`${describeDecision(last)} Nothing was changed.`);
    }
    const claim = await tx.claimRequest.findUniqueOrThrow({
      where: { id: claimId },
      include: {
        service: { select: { id: true, name: true, organisationId: true, listingStatus: true } },
        organisation: { select: { name: true } },
        user: { select: { email: true } },
      },
    });
    let revisionsClosed = 0;
    if (decision === "approve") {
      if (claim.service.listingStatus === "archived")
        throw new ConflictError("The listing has been archived, so it cannot be handed over. Reject the claim instead.");
      await tx.service.update({
        where: { id: claim.serviceId },
        data: { organisationId: claim.organisationId },
      });
      await tx.membership.upsert({
        where: { userId_organisationId: { userId: claim.userId, organisationId: claim.organisationId } },
        create: { userId: claim.userId, organisationId: claim.organisationId, role: "owner" },
        update: {},
      });
      // The previous organisation's work in progress is theirs, not the new owner's to read or send.
      revisionsClosed = await closeOpenRevisions(tx, {
        serviceId: claim.serviceId,
        moderatorId: actor.id,
        reason: `The listing was handed to ${claim.organisation.name}.`,
        now,
        exceptOrganisationId: claim.organisationId,
      });
    }
    const name = claim.service.name;
    const text =
      decision === "approve"
        ? [
            `You now manage “${name}” in the directory for ${claim.organisation.name}.`,
            "",
            "Please check it. If everything is still correct, confirm it here (this marks it as verified):",
            signConfirmLink({ serviceId: claim.serviceId, userId: claim.userId, now }),
            "",
            `If something needs changing, edit it from your listings: ${appUrl("/provider")}`,
          ]
        : [
            `Your request to manage “${name}” was not approved.`,
            ...(options.reason ? ["", options.reason] : []),
            "",
            "If you think this is a mistake, reply to this email.",
          ];
    return recordDecision(
      tx,
      actor,
      { action: decision, serviceId: claim.serviceId, claimId, reason: options.reason ?? null },
      {
        action: decision === "approve" ? "claim.approved" : "claim.rejected",
        entityType: "claim",
        entityId: claimId,
        data: {
          serviceId: claim.serviceId,
          organisationId: claim.organisationId,
          previousOrganisationId: claim.service.organisationId,
          revisionsClosed,
          lockVersion,
          reason: options.reason ?? null,
        },
      },
      [
        {
          to: claim.user.email,
          subject: decision === "approve" ? `You now manage “${name}”` : `Your request to manage “${name}”`,
          text: [...text, "", "West Yorkshire Creative Health Directory"].join("\n"),
        },
      ],
    );
  });
}
