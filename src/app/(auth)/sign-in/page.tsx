import type { Metadata } from "next";
import { NotificationBanner, PageHeading } from "@/components/ui";
import { returnPathSchema } from "@/lib/validation/auth";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

const authErrors: Record<string, { title: string; text: string }> = {
  Verification: {
    title: "Sign-in link not valid",
    text: "That sign-in link has expired or has already been used. Ask for a new one below.",
  },
  // Auth.js's own endpoint refused or could not send a link (our form says why next to the field).
  EmailSignin: {
    title: "No sign-in link sent",
    text: "We could not send a sign-in link. Check the address, wait a few minutes and ask again below.",
  },
};
const otherError = { title: "Sign-in link not valid", text: "Something went wrong signing you in. Please try again." };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = returnPathSchema.parse(typeof params.callbackUrl === "string" ? params.callbackUrl : "/provider");
  const error = typeof params.error === "string" ? (authErrors[params.error] ?? otherError) : null;
  return (
    <div className="max-w-measure">
      <PageHeading caption="Providers and moderators">Sign in</PageHeading>
      {error ? <NotificationBanner title={error.title}>{error.text}</NotificationBanner> : null}
      <p className="mb-6">
        Sign in to list your group or activity, keep it up to date, or moderate the directory. You do not need an account to search.
      </p>
      <SignInForm callbackUrl={callbackUrl} />
    </div>
  );
}
