"use server";

import { redirect } from "next/navigation";
import { signIn } from "@/server/auth/auth";
import { SignInLinkRefused } from "@/server/auth/sign-in-link-refused";
import { errorState, fieldErrorsFrom, type FormState } from "@/lib/form-state";
import { signInSchema } from "@/lib/validation/auth";

/** The form's way into Auth.js; its checks (one address, rate limits, a send that worked) run in auth.ts for every way in. */
export async function requestSignInLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = signInSchema.safeParse({ email: formData.get("email") ?? "", callbackUrl: formData.get("callbackUrl") ?? undefined });
  if (!parsed.success) return errorState(formData, fieldErrorsFrom(parsed.error));
  try {
    await signIn("email", { email: parsed.data.email, redirectTo: parsed.data.callbackUrl, redirect: false });
  } catch (error) {
    if (error instanceof SignInLinkRefused) return errorState(formData, { email: error.explanation });
    throw error;
  }
  redirect("/sign-in/check-email");
}
