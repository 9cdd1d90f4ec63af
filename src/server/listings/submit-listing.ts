import "server-only";
import { isDeepStrictEqual } from "node:util";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { findManagedService, type Actor } from "@/server/auth/policy";
import { fail, invalid, ok, type Result } from "@/lib/result";

export type SubmitResult = Result<{ isNew: boolean }, "invalid" | "not-editable">;
import { fieldErrorsFrom } from "@/lib/form-state";
import { listingSchema } from "@/lib/validation/listing";
import { closedListingMessage } from "./closed-listing";
import { locateVenues } from "./locate-venues";
import { lockOpenRevision } from "./lock-open-revision";
import { readListing } from "./read-listing";

/**
 * Sends a listing for review. The whole listing must be valid. A new listing's service becomes `pending`; an
 * edit of a live listing leaves the service exactly as it is (ADR 0006). Only a moderator can publish: no path
 * here sets `published` or writes the HSDS rows. An archived, merged or rejected listing cannot be sent.
 */
export async function submitListing(options: { serviceId: string }, actor: Actor, db: Db = prisma): Promise<SubmitResult> {
  return db.$transaction(async (tx) => {
    const service = await findManagedService(tx, actor, options.serviceId);
    const closed = await closedListingMessage(tx, service, "sent for review");
    if (closed) return fail("not-editable", closed);
    const revision = await lockOpenRevision(tx, service.id, ["draft", "changes_requested"]);
    if (!revision) return fail("not-editable", "This listing has already been sent for review, or there is nothing to send.");

    const parsed = listingSchema.safeParse(revision.data);
    if (!parsed.success) return invalid(fieldErrorsFrom(parsed.error));
    const located = await locateVenues(tx, parsed.data.locations);
    if (!located.ok) return located;
    const listing = { ...parsed.data, locations: located.value.locations };

    const isNew = service.listingStatus !== "published";
    if (!isNew) {
      const live = listingSchema.safeParse(await readListing(service.id, tx));
      if (live.success && isDeepStrictEqual(JSON.parse(JSON.stringify(live.data)), JSON.parse(JSON.stringify(listing)))) {
        return invalid({ form: "You have not changed anything yet. Change something, or discard these changes" });
      }
    }

    await tx.revision.update({
      where: { id: revision.id },
      data: { status: "pending", data: listing as Prisma.InputJsonValue, submittedAt: new Date(), lockVersion: { increment: 1 } },
    });
    if (isNew) {
      await tx.service.update({
        where: { id: service.id },
        data: { listingStatus: "pending", name: listing.name, description: listing.description },
      });
    }
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: "listing.submitted",
        entityType: "revision",
        entityId: revision.id,
        data: { serviceId: service.id, isNew, from: revision.status },
      },
    });
    return ok({ isNew });
  });
}
