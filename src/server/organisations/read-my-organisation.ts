import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { assertOrgMember, type Actor } from "@/server/auth/policy";

/** An organisation's editable details, for one of its members only. */
export async function readMyOrganisation(organisationId: string, actor: Actor, db: Db = prisma) {
  await assertOrgMember(db, actor, organisationId);
  return db.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: { id: true, name: true, description: true, website: true, email: true, charityNumber: true, companyNumber: true },
  });
}
