import type { Metadata } from "next";
import Link from "next/link";
import { Button, PageHeading } from "@/components/ui";
import { returnPathSchema } from "@/lib/validation/auth";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

/**
 * Where the emailed link lands. Opening it uses nothing (mail scanners open every link); the button POSTs the
 * token to Auth.js's callback, which signs the person in and takes them on to where they were going.
 */
export default async function ConfirmSignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const token = one(params.token);
  const email = one(params.email);
  if (!token || !email) {
    return (
      <div className="max-w-measure">
        <PageHeading>This sign-in link is not complete</PageHeading>
        <p>
          Copy the whole link from the email, or <Link href="/sign-in">ask for a new link</Link>.
        </p>
      </div>
    );
  }
  const callbackUrl = returnPathSchema.parse(one(params.callbackUrl) || "/provider");
  const action = `/api/auth/callback/email?${new URLSearchParams({ token, email, callbackUrl })}`;
  return (
    <div className="max-w-measure">
      <PageHeading>Sign in</PageHeading>
      <p className="mb-6">
        Sign in to the directory as <strong>{email}</strong>.
      </p>
      <form method="post" action={action}>
        <Button>Sign in</Button>
      </form>
    </div>
  );
}
