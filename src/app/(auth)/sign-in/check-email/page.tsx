import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/ui";

export const metadata: Metadata = { title: "Check your email" };

export default function CheckEmailPage() {
  return (
    <div className="max-w-measure">
      <PageHeading>Check your email</PageHeading>
      <p className="mb-4">We have sent you a link to sign in. It works once and expires in 30 minutes.</p>
      <p className="mb-4">If it has not arrived after a few minutes, check your spam folder.</p>
      <p>
        <Link href="/sign-in">Ask for a new link</Link>
      </p>
    </div>
  );
}
