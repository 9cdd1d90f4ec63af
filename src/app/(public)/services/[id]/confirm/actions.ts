"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { errorState, type FormState } from "@/lib/form-state";
import { confirmListingByLink } from "@/server/freshness/confirm-listing-by-link";

const confirmSchema = z.object({ serviceId: z.uuid(), token: z.string().min(10).max(2000) });

const REASONS: Record<string, string> = {
  invalid: "This link is not valid. Use the link in your most recent email, or sign in to check your listing.",
  expired: "This link has expired. Sign in to check your listing, or wait for our next email.",
  "not-live": "This listing is no longer in the directory.",
  "not-owner": "This link was sent to someone who no longer manages this listing.",
};

/**
 * The POST behind the "Yes, it is still correct" button. Only this changes anything: opening the link (a GET,
 * which mail scanners do) just shows the question. The signed token is the authority, not a session.
 */
export async function confirmListingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = confirmSchema.safeParse({ serviceId: formData.get("serviceId"), token: formData.get("token") });
  if (!parsed.success) return errorState(formData, {}, REASONS.invalid);
  const result = await confirmListingByLink(parsed.data);
  if (!result.ok) return errorState(formData, {}, REASONS[result.reason]);
  redirect(`/services/${parsed.data.serviceId}/confirm/thanks`);
}
