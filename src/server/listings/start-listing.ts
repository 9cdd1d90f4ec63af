import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { assertOrgMember, type Actor } from "@/server/auth/policy";
import { fieldErrorsFrom } from "@/lib/form-state";
import { invalid, ok, type Result } from "@/lib/result";
import { whatStepSchema } from "@/lib/validation/listing-steps";

export type StartListingResult = Result<{ serviceId: string }, "invalid">;

/**
 * A new listing begins when its first step (what it is) is saved: a draft Service run by the organisation and
 * its draft Revision holding that answer. Nothing is public until a moderator approves it.
 */
export async function startListing(
  options: { organisationId: string; what: unknown },
  actor: Actor,
  db: Db = prisma,
): Promise<StartListingResult> {
  const parsed = whatStepSchema.safeParse(options.what);
  if (!parsed.success) return invalid(fieldErrorsFrom(parsed.error));
  const what = parsed.data;
  return db.$transaction(async (tx) => {
    await assertOrgMember(tx, actor, options.organisationId);
    const service = await tx.service.create({
      data: {
        organisationId: options.organisationId,
        name: what.name,
        description: what.description,
        listingStatus: "draft",
        source: "provider",
      },
    });
    const revision = await tx.revision.create({
      data: {
        serviceId: service.id,
        organisationId: options.organisationId,
        createdById: actor.id,
        status: "draft",
        baseVersion: service.version,
        data: what,
      },
    });
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: "listing.started",
        entityType: "service",
        entityId: service.id,
        data: { revisionId: revision.id, organisationId: options.organisationId, step: "what" },
      },
    });
    return ok({ serviceId: service.id });
  });
}
