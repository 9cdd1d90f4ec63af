"use client";

// A client component: Next puts this page into the React payload of every page (the boundary for a later
// notFound() or forbidden()), so as a client component it travels as a reference, not as its text.
import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";

/** 404 for any unknown URL or missing listing. */
export default function NotFound() {
  return (
    <>
      <PageHeading>Page not found</PageHeading>
      <div className="prose-body max-w-measure">
        <p>If you typed the web address, check it is correct.</p>
        <p>If you pasted the web address, check you copied the entire address.</p>
        <p>
          If a listing used to be here, it may have closed or been removed. You can <Link href="/search">search the directory</Link> or go
          to the <Link href="/">home page</Link>.
        </p>
      </div>
    </>
  );
}
