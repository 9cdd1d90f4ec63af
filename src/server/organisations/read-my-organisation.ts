import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import type { Actor } from "@/server/auth/access-denied";
import { assertMember } from "./organisation-access";

/** An organisation's editable details, for one of its members only. */
export async function readMyOrganisation(organisationId: string, actor: Actor, db: Db = prisma) {
  await assertMember(db, actor, organisationId);
  return db.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: { id: true, name: true, description: true, website: true, email: true, charityNumber: true, companyNumber: true },
  });
}
