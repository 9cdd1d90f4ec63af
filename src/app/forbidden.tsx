"use client";

// A client component: Next puts this page into the React payload of every page (the boundary for a later
// notFound() or forbidden()), so as a client component it travels as a reference, not as its text.
import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";

/** 403: signed in, but without the role this page needs. */
export default function Forbidden() {
  return (
    <>
      <PageHeading>You do not have access to this page</PageHeading>
      <div className="prose-body max-w-measure">
        <p>This part of the directory is for moderators. If you think you should have access, ask an administrator.</p>
        <p>
          You can still <Link href="/search">search the directory</Link> or manage your own listings in{" "}
          <Link href="/provider">For providers</Link>.
        </p>
      </div>
    </>
  );
}
