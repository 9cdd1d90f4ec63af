"use server";

import { redirect } from "next/navigation";
import { signIn } from "@/server/auth/auth";
import { checkSignInRateLimit } from "@/server/auth/request-sign-in-link";
import { clientAddress } from "@/server/http/client-address";
import { errorState, fieldErrorsFrom, type FormState } from "@/lib/form-state";
import { signInSchema } from "@/lib/validation/auth";

export async function requestSignInLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = signInSchema.safeParse({ email: formData.get("email") ?? "", callbackUrl: formData.get("callbackUrl") ?? undefined });
  if (!parsed.success) return errorState(formData, fieldErrorsFrom(parsed.error));
  const limit = await checkSignInRateLimit({ email: parsed.data.email, clientAddress: await clientAddress() });
  if (!limit.allowed) {
    return errorState(formData, { email: `Too many sign-in links requested. Try again in ${limit.retryAfterMinutes} minutes.` });
  }
  await signIn("email", { email: parsed.data.email, redirectTo: parsed.data.callbackUrl, redirect: false });
  redirect("/sign-in/check-email");
}
