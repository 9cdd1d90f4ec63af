"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { failureState, type FormState } from "@/lib/form-state";
import { confirmLinkProblem, confirmListingByLink } from "@/server/freshness/confirm-listing-by-link";

const confirmSchema = z.object({ serviceId: z.uuid(), token: z.string().min(10).max(2000) });

/**
 * The POST behind the "Yes, it is still correct" button. Only this changes anything: opening the link (a GET,
 * which mail scanners do) just shows the question. The signed token is the authority, not a session.
 */
export async function confirmListingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = confirmSchema.safeParse({ serviceId: formData.get("serviceId"), token: formData.get("token") });
  if (!parsed.success) return failureState(formData, confirmLinkProblem("invalid").error);
  const result = await confirmListingByLink(parsed.data);
  if (!result.ok) return failureState(formData, result.error);
  redirect(`/services/${parsed.data.serviceId}/confirm/thanks`);
}
