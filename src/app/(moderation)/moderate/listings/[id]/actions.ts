"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { errorState, type FormState } from "@/lib/form-state";
import { dismissDuplicateSchema, listingDecisionSchema, mergeListingSchema } from "@/lib/validation/moderation";
import { requireRole } from "@/server/auth/permissions";
import { invalidForm } from "@/app/(moderation)/moderate/_components/invalid-form";
import { archiveListing } from "@/server/moderation/archive-listing";
import { dismissDuplicate } from "@/server/moderation/dismiss-duplicate";
import { mergeListing } from "@/server/moderation/merge-listing";
import { verifyListing } from "@/server/moderation/verify-listing";

const pick = (formData: FormData, ...names: string[]) => Object.fromEntries(names.map((n) => [n, formData.get(n) ?? undefined]));

export async function decideListingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole("moderator", "/moderate");
  const parsed = listingDecisionSchema.safeParse(pick(formData, "serviceId", "version", "decision", "reason"));
  if (!parsed.success) return invalidForm(formData, parsed.error);
  const { serviceId, version, decision, reason } = parsed.data;
  const outcome = decision === "archive" ? await archiveListing({ serviceId, version, reason: reason! }, actor) : await verifyListing({ serviceId, version }, actor);
  if (!outcome.ok) return errorState(formData, {}, outcome.message);
  revalidatePath("/", "layout");
  redirect(`/moderate/listings/${serviceId}?done=${decision === "archive" ? "archived" : "verified"}`);
}

export async function mergeListingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole("moderator", "/moderate");
  const parsed = mergeListingSchema.safeParse(pick(formData, "duplicateId", "duplicateVersion", "targetId", "reason"));
  if (!parsed.success) return invalidForm(formData, parsed.error);
  const outcome = await mergeListing(parsed.data, actor);
  if (!outcome.ok) return errorState(formData, {}, outcome.message);
  revalidatePath("/", "layout");
  redirect(`/moderate/listings/${parsed.data.targetId}?done=merged`);
}

/** "Not a duplicate": nothing a person types, so no form state; a bad post just returns to the page. */
export async function dismissDuplicateAction(formData: FormData): Promise<void> {
  const actor = await requireRole("moderator", "/moderate");
  const parsed = dismissDuplicateSchema.safeParse(pick(formData, "serviceId", "otherServiceId"));
  if (!parsed.success) redirect("/moderate");
  await dismissDuplicate(parsed.data, actor);
  redirect(`/moderate/listings/${parsed.data.serviceId}?done=not-duplicate`);
}
