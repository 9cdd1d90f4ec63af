import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { assertOrgMember, type Actor } from "@/server/auth/policy";
import { organisationSchema, ORGANISATION_FIELDS, type OrganisationInput } from "@/lib/validation/organisation";

/** A member changes their organisation's details; the audit event records what changed from what. */
export async function updateOrganisation(
  options: { organisationId: string; details: OrganisationInput },
  actor: Actor,
  db: Db = prisma,
): Promise<void> {
  const details = organisationSchema.parse(options.details);
  await db.$transaction(async (tx) => {
    await assertOrgMember(tx, actor, options.organisationId);
    const before = await tx.organisation.findUniqueOrThrow({ where: { id: options.organisationId } });
    const after = {
      name: details.name,
      description: details.description ?? "",
      website: details.website ?? null,
      email: details.email ?? null,
      charityNumber: details.charityNumber ?? null,
      companyNumber: details.companyNumber ?? null,
    };
    const changed = ORGANISATION_FIELDS.filter((f) => (before[f] ?? null) !== (after[f] ?? null));
    if (changed.length === 0) return;
    await tx.organisation.update({ where: { id: options.organisationId }, data: after });
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: "organisation.updated",
        entityType: "organisation",
        entityId: options.organisationId,
        data: Object.fromEntries(changed.map((f) => [f, { from: before[f] ?? null, to: after[f] ?? null }])),
      },
    });
  });
}
