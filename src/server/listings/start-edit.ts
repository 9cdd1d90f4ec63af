import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { findManagedService, type Actor } from "@/server/auth/policy";
import { fail, ok, type Result } from "@/lib/result";
import { readListing } from "./read-listing";

export type StartEditResult = Result<undefined, "not-editable">;

const OPEN = ["draft", "pending", "changes_requested"] as const;

/**
 * Opens a draft revision of a live listing, starting from what is live now. The live listing stays up
 * unchanged until a moderator approves. If a revision is already open (another tab, or sent for review) that
 * one is used: a service has at most one (the revision_one_open_per_service index).
 */
export async function startEdit(options: { serviceId: string }, actor: Actor, db: Db = prisma): Promise<StartEditResult> {
  try {
    return await db.$transaction(async (tx) => {
      const service = await findManagedService(tx, actor, options.serviceId);
      const open = await tx.revision.findFirst({ where: { serviceId: service.id, status: { in: [...OPEN] } }, select: { id: true } });
      if (open) return ok();
      if (service.listingStatus !== "published") return fail("not-editable", "Only a live listing can be edited.");
      const live = await readListing(service.id, tx);
      // Imported listings never said whether they are free; readListing reads that as "not free". Leave the
      // question unanswered instead, so the check page asks it rather than claiming there is a cost.
      const { isFree } = await tx.service.findUniqueOrThrow({ where: { id: service.id }, select: { isFree: true } });
      if (live && isFree === null) delete (live as Partial<typeof live>).isFree;
      const revision = await tx.revision.create({
        data: {
          serviceId: service.id,
          organisationId: service.organisationId,
          createdById: actor.id,
          status: "draft",
          baseVersion: service.version,
          data: (live ?? {}) as Prisma.InputJsonValue,
        },
      });
      await tx.auditEvent.create({
        data: {
          actorId: actor.id,
          action: "listing.edit_started",
          entityType: "revision",
          entityId: revision.id,
          data: { serviceId: service.id, baseVersion: service.version },
        },
      });
      return ok();
    });
  } catch (error) {
    if (isUniqueViolation(error)) return ok();
    throw error;
  }
}

export function isUniqueViolation(error: unknown): boolean {
  const e = error as {
    code?: string;
    cause?: { code?: string };
    meta?: { driverAdapterError?: { cause?: { originalCode?: string } } };
  } | null;
  return (
    e?.code === "P2002" || e?.code === "23505" || e?.cause?.code === "23505" || e?.meta?.driverAdapterError?.cause?.originalCode === "23505"
  );
}
