"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/lib/form-state";
import { dismissDuplicateSchema, listingDecisionSchema, mergeListingSchema, MODERATION_HIDDEN_FIELDS } from "@/lib/validation/moderation";
import { requireRole } from "@/server/auth/permissions";
import { formAction, pick } from "@/server/auth/form-action";
import { archiveListing } from "@/server/moderation/archive-listing";
import { dismissDuplicate } from "@/server/moderation/dismiss-duplicate";
import { mergeListing } from "@/server/moderation/merge-listing";
import { verifyListing } from "@/server/moderation/verify-listing";

export async function decideListingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return formAction(formData, {
    allow: "moderator",
    returnTo: "/moderate",
    schema: listingDecisionSchema,
    input: (f) => pick(f, "serviceId", "version", "decision", "reason"),
    hidden: MODERATION_HIDDEN_FIELDS,
    run: ({ serviceId, version, decision, reason }, actor) =>
      decision === "archive"
        ? archiveListing({ serviceId, version, reason: reason! }, actor)
        : verifyListing({ serviceId, version }, actor),
    revalidate: { path: "/", type: "layout" },
    done: (_, d) => redirect(`/moderate/listings/${d.serviceId}?done=${d.decision === "archive" ? "archived" : "verified"}`),
  });
}

export async function mergeListingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return formAction(formData, {
    allow: "moderator",
    returnTo: "/moderate",
    schema: mergeListingSchema,
    input: (f) => pick(f, "duplicateId", "duplicateVersion", "targetId", "reason"),
    hidden: MODERATION_HIDDEN_FIELDS,
    run: (data, actor) => mergeListing(data, actor),
    revalidate: { path: "/", type: "layout" },
    done: (_, d) => redirect(`/moderate/listings/${d.targetId}?done=merged`),
  });
}

/** "Not a duplicate": nothing a person types, so no form state; a bad post just returns to the page. */
export async function dismissDuplicateAction(formData: FormData): Promise<void> {
  const actor = await requireRole("moderator", "/moderate");
  const parsed = dismissDuplicateSchema.safeParse(pick(formData, "serviceId", "otherServiceId"));
  if (!parsed.success) redirect("/moderate");
  await dismissDuplicate(parsed.data, actor);
  redirect(`/moderate/listings/${parsed.data.serviceId}?done=not-duplicate`);
}
