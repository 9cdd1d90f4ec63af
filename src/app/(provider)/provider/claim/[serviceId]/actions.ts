"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/server/auth/permissions";
import { AccessDeniedError } from "@/server/auth/access-denied";
import { requestClaim } from "@/server/claims/request-claim";
import { errorState, type FormState } from "@/lib/form-state";

const REFUSED = {
  "not-found": "This listing cannot be claimed. It may have been removed from the directory.",
  "already-managed": "Your organisation already manages this listing.",
  "already-pending": "You have already asked to manage this listing. A moderator will look at it soon.",
} as const;

export async function requestClaimAction(serviceId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(`/provider/claim/${serviceId}`);
  let result;
  try {
    result = await requestClaim({ serviceId, organisationId: formData.get("organisationId") ?? "", message: formData.get("message") ?? "" }, user);
  } catch (error) {
    if (error instanceof AccessDeniedError) return errorState(formData, { organisationId: "Choose one of your organisations" });
    throw error;
  }
  if (!result.ok) return "fieldErrors" in result ? errorState(formData, result.fieldErrors) : errorState(formData, {}, REFUSED[result.refused]);
  revalidatePath("/provider");
  redirect("/provider?done=claim-sent");
}
