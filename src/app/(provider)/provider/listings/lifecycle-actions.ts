"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/server/auth/permissions";
import { AccessDeniedError } from "@/server/auth/access-denied";
import { discardDraft } from "@/server/listings/discard-draft";
import { startEdit } from "@/server/listings/start-edit";
import { submitListing } from "@/server/listings/submit-listing";
import { withdrawRevision } from "@/server/listings/withdraw-revision";
import { errorState, type FormState } from "@/lib/form-state";

const NOT_YOURS = "You cannot change this listing. Only members of the organisation that runs it can.";

/** Runs a use case, answering "not yours" as a form message instead of an error page. */
async function guarded<T>(formData: FormData, run: () => Promise<T>): Promise<T | FormState> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AccessDeniedError) return errorState(formData, {}, NOT_YOURS);
    throw error;
  }
}

const isState = (r: unknown): r is FormState => typeof r === "object" && r !== null && "fieldErrors" in r && "values" in r;

/** Sends the whole listing for review; errors come back for the check page to link to the right step. */
export async function submitListingAction(serviceId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(`/provider/listings/${serviceId}/check`);
  const result = await guarded(formData, () => submitListing({ serviceId }, user));
  if (isState(result)) return result;
  if (!result.ok) {
    return "notEditable" in result
      ? errorState(formData, {}, "This listing has already been sent for review, or there is nothing to send.")
      : errorState(formData, result.fieldErrors);
  }
  revalidatePath("/provider");
  redirect(`/provider/listings/${serviceId}/submitted`);
}

/** "Edit" on a live listing: opens (or reopens) its draft and shows it on the check page. */
export async function startEditAction(serviceId: string, formData: FormData): Promise<void> {
  const user = await requireUser("/provider");
  const result = await guarded(formData, () => startEdit({ serviceId }, user));
  if (isState(result) || !result.ok) redirect("/provider?done=not-editable");
  revalidatePath("/provider");
  redirect(`/provider/listings/${serviceId}/check`);
}

export async function withdrawAction(serviceId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(`/provider/listings/${serviceId}/withdraw`);
  const revisionId = String(formData.get("revisionId") ?? "");
  const result = await guarded(formData, () => withdrawRevision({ serviceId, revisionId }, user));
  if (isState(result)) return result;
  if (!result.ok) return errorState(formData, {}, "A moderator has already dealt with these changes, so they can no longer be withdrawn. Go back to your listings to see what happened.");
  revalidatePath("/provider");
  redirect("/provider?done=withdrawn");
}

/** The dashboard's Withdraw button: nothing is lost (the changes become a draft again), so no "are you sure". */
export async function withdrawFromDashboardAction(serviceId: string, formData: FormData): Promise<void> {
  const user = await requireUser("/provider");
  const revisionId = String(formData.get("revisionId") ?? "");
  const result = await guarded(formData, () => withdrawRevision({ serviceId, revisionId }, user));
  revalidatePath("/provider");
  redirect(isState(result) || !result.ok ? "/provider?done=already-decided" : "/provider?done=withdrawn");
}

export async function discardAction(serviceId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(`/provider/listings/${serviceId}/discard`);
  const result = await guarded(formData, () => discardDraft({ serviceId }, user));
  if (isState(result)) return result;
  if (!result.ok) return errorState(formData, {}, "There is no draft to discard. It may have been sent for review or discarded in another window.");
  revalidatePath("/provider");
  redirect(`/provider?done=${result.deleted ? "draft-deleted" : "changes-discarded"}`);
}
