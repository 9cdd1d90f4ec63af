"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/form-state";
import { fail, invalid, ok } from "@/lib/result";
import { MODERATION_HIDDEN_FIELDS, verifyBatchSchema, verifyCheckSchema } from "@/lib/validation/moderation";
import { formAction } from "@/server/auth/form-action";
import { archiveListing } from "@/server/moderation/archive-listing";
import { nextToVerify } from "@/server/moderation/list-verification-batch";
import { recordUnreachable } from "@/server/moderation/record-unreachable";
import { verifyListing, verifyListings, type BatchResult } from "@/server/moderation/verify-listing";

/** Verifies (or archives) every ticked imported listing; each on its own lock, conflicts reported by name. */
export async function verifyBatchAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return formAction(formData, {
    allow: "moderator",
    returnTo: "/moderate/verify",
    schema: verifyBatchSchema,
    input: (f) => ({ action: f.get("action") ?? undefined, items: f.getAll("items"), reason: f.get("reason") ?? undefined }),
    run: async ({ action, items, reason }, actor) => {
      if (action === "archive" && !reason) return invalid({ reason: "Say why these listings are being archived" });
      let result: BatchResult;
      if (action === "verify") result = await verifyListings({ items }, actor);
      else {
        result = { done: [], conflicts: [] };
        for (const item of items) {
          const outcome = await archiveListing({ ...item, reason: reason! }, actor);
          if (outcome.ok) result.done.push(item.serviceId);
          else result.conflicts.push({ serviceId: item.serviceId, message: outcome.error.message });
        }
      }
      // Some may have been done even if others conflicted: the page must show that either way.
      revalidatePath("/", "layout");
      if (result.conflicts.length)
        return fail("conflict", `${result.done.length} done. ${result.conflicts.length} could not be: ${result.conflicts[0]!.message}`);
      return ok();
    },
    done: (_, d) => redirect(`/moderate/verify?done=batch-${d.action === "verify" ? "verified" : "archived"}`),
  });
}

const CHECK_DONE = { verified: "verified", closed: "archived", unreachable: "unreachable" } as const;

/** The one-screen check: verified, closed or could not reach; then on to the next listing in the queue. */
export async function checkListingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return formAction(formData, {
    allow: "moderator",
    returnTo: "/moderate/verify",
    schema: verifyCheckSchema,
    hidden: MODERATION_HIDDEN_FIELDS,
    input: (f) => ({
      serviceId: f.get("serviceId"),
      version: f.get("version"),
      outcome: f.get("outcome") ?? undefined,
      note: f.get("note") ?? undefined,
      place: f.get("place") ?? undefined,
    }),
    run: async ({ serviceId, version, outcome, note, place }, actor) => {
      const item = { serviceId, version };
      const result =
        outcome === "verified"
          ? await verifyListing(item, actor)
          : outcome === "closed"
            ? await archiveListing({ ...item, reason: note! }, actor)
            : await recordUnreachable({ ...item, note: note! }, actor);
      if (!result.ok) return result;
      return ok(await nextToVerify({ after: serviceId, placeCode: place }, actor));
    },
    revalidate: { path: "/", type: "layout" },
    done: (next, d) => {
      const query = `done=${CHECK_DONE[d.outcome]}${d.place ? `&place=${d.place}` : ""}`;
      redirect(next ? `/moderate/verify/${next}?${query}` : `/moderate/verify?${query}`);
    },
  });
}
