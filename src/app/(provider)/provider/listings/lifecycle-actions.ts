"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/server/auth/permissions";
import { ForbiddenError } from "@/server/auth/policy";
import { discardDraft } from "@/server/listings/discard-draft";
import { startEdit } from "@/server/listings/start-edit";
import { submitListing } from "@/server/listings/submit-listing";
import { withdrawRevision } from "@/server/listings/withdraw-revision";
import { z } from "zod";
import type { FormState } from "@/lib/form-state";
import type { Result } from "@/lib/result";
import { formAction } from "@/server/auth/form-action";

const NOT_YOURS = "You cannot change this listing. Only members of the organisation that runs it can.";

/** The form has nothing of its own to parse: the listing is in the URL, the rest is saved server-side. */
const nothing = z.object({});
const revisionOf = z.object({ revisionId: z.string() });

/** Answers "not yours" as "nothing to do" for the buttons that only redirect. */
async function orForbidden<T>(run: () => Promise<Result<T>>): Promise<Result<T> | null> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ForbiddenError) return null;
    throw error;
  }
}

/** Sends the whole listing for review; errors come back for the check page to link to the right step. */
export async function submitListingAction(serviceId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return formAction(formData, {
    allow: "user",
    returnTo: `/provider/listings/${serviceId}/check`,
    schema: nothing,
    input: () => ({}),
    run: (_, actor) => submitListing({ serviceId }, actor),
    forbidden: { message: NOT_YOURS },
    revalidate: { path: "/provider" },
    done: () => redirect(`/provider/listings/${serviceId}/submitted`),
  });
}

/** "Edit" on a live listing: opens (or reopens) its draft and shows it on the check page. */
export async function startEditAction(serviceId: string): Promise<void> {
  const user = await requireUser("/provider");
  const result = await orForbidden(() => startEdit({ serviceId }, user));
  if (!result?.ok) redirect("/provider?done=not-editable");
  revalidatePath("/provider");
  redirect(`/provider/listings/${serviceId}/check`);
}

export async function withdrawAction(serviceId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return formAction(formData, {
    allow: "user",
    returnTo: `/provider/listings/${serviceId}/withdraw`,
    schema: revisionOf,
    input: (f) => ({ revisionId: String(f.get("revisionId") ?? "") }),
    run: ({ revisionId }, actor) => withdrawRevision({ serviceId, revisionId }, actor),
    forbidden: { message: NOT_YOURS },
    revalidate: { path: "/provider" },
    done: () => redirect("/provider?done=withdrawn"),
  });
}

/** The dashboard's Withdraw button: nothing is lost (the changes become a draft again), so no "are you sure". */
export async function withdrawFromDashboardAction(serviceId: string, formData: FormData): Promise<void> {
  const user = await requireUser("/provider");
  const revisionId = String(formData.get("revisionId") ?? "");
  const result = await orForbidden(() => withdrawRevision({ serviceId, revisionId }, user));
  revalidatePath("/provider");
  redirect(result?.ok ? "/provider?done=withdrawn" : "/provider?done=already-decided");
}

export async function discardAction(serviceId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return formAction(formData, {
    allow: "user",
    returnTo: `/provider/listings/${serviceId}/discard`,
    schema: nothing,
    input: () => ({}),
    run: (_, actor) => discardDraft({ serviceId }, actor),
    forbidden: { message: NOT_YOURS },
    revalidate: { path: "/provider" },
    done: ({ deleted }) => redirect(`/provider?done=${deleted ? "draft-deleted" : "changes-discarded"}`),
  });
}
