import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { findManagedService, type Actor } from "@/server/auth/policy";
import { fieldErrorsFrom } from "@/lib/form-state";
import { fail, invalid, ok, type Result } from "@/lib/result";
import { asDraft, type ListingDraft } from "@/lib/listing-form/draft";
import { mergeStep } from "@/lib/listing-form/merge-step";
import type { Listing } from "@/lib/validation/listing";
import { stepSchema, type StepId } from "@/lib/validation/listing-steps";
import { closedListingMessage } from "./closed-listing";
import { locateVenues } from "./locate-venues";
import { lockOpenRevision } from "./lock-open-revision";

/** "not-editable": nothing is being written for this listing (e.g. it was sent for review in another tab). */
export type SaveDraftResult = Result<{ draft: ListingDraft }, "invalid" | "not-editable">;

export type VenueFormMeta = { origins: ReadonlyArray<number | null>; pinPostcodes: readonly string[] };

/**
 * Saves one step of a listing into its draft revision (or the revision a moderator sent back for changes),
 * after validating it with that step's schema and, for venues, the postcode table. The live listing is never
 * touched; only a never-published service's own name follows its draft (so the dashboard can show it).
 */
export async function saveListingDraft(
  options: { serviceId: string; step: StepId; input: unknown; venues?: VenueFormMeta },
  actor: Actor,
  db: Db = prisma,
): Promise<SaveDraftResult> {
  return db.$transaction(async (tx) => {
    const service = await findManagedService(tx, actor, options.serviceId);
    const closed = await closedListingMessage(tx, service, "changed");
    if (closed) return fail("not-editable", closed);
    const revision = await lockOpenRevision(tx, service.id, ["draft", "changes_requested"]);
    if (!revision)
      return fail("not-editable", "This listing has been sent for review, so it cannot be changed now. Withdraw it from review first.");
    const draft = asDraft(revision.data);

    const parsed = stepSchema(options.step, draft.locations?.length ?? 0).safeParse(options.input);
    if (!parsed.success) return invalid(fieldErrorsFrom(parsed.error));
    let answer = parsed.data as Partial<Listing>;
    if (options.step === "venues") {
      const located = await locateVenues(tx, answer.locations ?? [], options.venues?.pinPostcodes);
      if (!located.ok) return located;
      answer = { locations: located.value.locations };
    }

    const next = mergeStep(options.step, draft, answer, options.venues?.origins);
    await tx.revision.update({ where: { id: revision.id }, data: { data: next as Prisma.InputJsonValue } });
    if (options.step === "what" && service.listingStatus !== "published" && next.name) {
      await tx.service.update({ where: { id: service.id }, data: { name: next.name, description: next.description ?? "" } });
    }
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: "listing.draft_saved",
        entityType: "revision",
        entityId: revision.id,
        data: { serviceId: service.id, step: options.step, answer: answer as Prisma.InputJsonValue },
      },
    });
    return ok({ draft: next });
  });
}
