import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import type { Actor } from "@/server/auth/policy";
import { organisationSchema, type OrganisationInput } from "@/lib/validation/organisation";

/** A provider registers their organisation and becomes its owner, in one transaction with its audit event. */
export async function createOrganisation(input: OrganisationInput, actor: Actor, db: Db = prisma): Promise<{ organisationId: string }> {
  const details = organisationSchema.parse(input);
  return db.$transaction(async (tx) => {
    const organisation = await tx.organisation.create({
      data: { ...details, description: details.description ?? "", source: "provider" },
    });
    await tx.membership.create({ data: { userId: actor.id, organisationId: organisation.id, role: "owner" } });
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: "organisation.created",
        entityType: "organisation",
        entityId: organisation.id,
        data: { ...details, ownerId: actor.id },
      },
    });
    return { organisationId: organisation.id };
  });
}
