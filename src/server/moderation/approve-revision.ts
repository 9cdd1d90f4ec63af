import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { assertModerator, type Actor } from "@/server/auth/policy";
import { listingSchema } from "@/lib/validation/listing";
import { applyListing } from "@/server/listings/apply-listing";
import { confirmListingFacts } from "@/server/listings/confirm-facts";
import { ConflictError } from "./conflict-error";
import { moderate } from "./moderate";
import type { ModerationOutcome } from "./moderation-outcome";
import { ownerEmails } from "./owner-emails";
import { recordDecision } from "./record-decision";
import { explainRevisionConflict } from "./revision-conflict";
import { approvedMail } from "./revision-mail";

/**
 * Publishes a pending revision, atomically (docs/decisions/0006-listing-lifecycle.md): the revision is
 * claimed with the lock version the moderator saw, the live service must still be at the version they
 * compared against, the listing is written onto the HSDS rows, the service becomes published and verified,
 * and the decision, audit event and the provider's email are written in the same transaction.
 */
export async function approveRevision(
  options: { revisionId: string; lockVersion: number; serviceVersion: number; now?: Date },
  actor: Actor,
  db: Db = prisma,
): Promise<ModerationOutcome> {
  assertModerator(actor);
  const now = options.now ?? new Date();
  const { revisionId, lockVersion, serviceVersion } = options;
  return moderate(
    db,
    actor,
    { action: "approve", entityType: "revision", entityId: revisionId, data: { lockVersion, serviceVersion } },
    async (tx) => {
      const claimed = await tx.$executeRaw`
      UPDATE revision SET status = 'approved', lock_version = lock_version + 1, decided_at = ${now}, updated_at = ${now}
       WHERE id = ${revisionId}::uuid AND lock_version = ${lockVersion} AND status = 'pending'`;
      if (claimed === 0) throw new ConflictError(await explainRevisionConflict(tx, revisionId));

      const revision = await tx.revision.findUniqueOrThrow({
        where: { id: revisionId },
        include: { service: true, createdBy: { select: { email: true } } },
      });
      const service = revision.service;
      if (service.listingStatus === "archived" || service.listingStatus === "rejected") {
        throw new ConflictError(`The listing is ${service.listingStatus}, so this revision cannot be published. Reject it instead.`);
      }
      const listing = listingSchema.safeParse(revision.data);
      if (!listing.success) {
        throw new ConflictError(
          `This revision is not a complete listing (${listing.error.issues[0]?.message ?? "invalid"}). Ask the provider for changes instead.`,
        );
      }
      const isNew = service.listingStatus !== "published";
      const published = await tx.$executeRaw`
      UPDATE service
         SET listing_status = 'published', version = version + 1, verified_at = ${now}, verified_by_id = ${actor.id},
             stale_since = NULL, updated_at = ${now},
             organisation_id = COALESCE(organisation_id, ${revision.organisationId}::uuid)
       WHERE id = ${service.id}::uuid AND version = ${serviceVersion}`;
      if (published === 0) {
        throw new ConflictError(
          "The live listing changed after you opened this revision (another change was published). Nothing was changed: reload the page and check the differences again.",
        );
      }
      await applyListing(tx, service.id, listing.data);
      await confirmListingFacts(tx, service.id, listing.data, { userId: revision.createdById ?? actor.id, at: now });

      const to = await ownerEmails(tx, [revision.organisationId, service.organisationId], [revision.createdBy?.email]);
      return recordDecision(
        tx,
        actor,
        { action: "approve", serviceId: service.id, revisionId },
        {
          action: "revision.approved",
          entityType: "revision",
          entityId: revisionId,
          data: { serviceId: service.id, isNew, lockVersion, publishedVersion: serviceVersion + 1, baseVersion: revision.baseVersion },
        },
        to.map((email) => approvedMail(email, { name: listing.data.name, serviceId: service.id, isNew })),
      );
    },
  );
}
