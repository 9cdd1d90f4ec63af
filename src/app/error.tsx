"use client";

import Link from "next/link";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";

/**
 * Shown when a page fails unexpectedly (for example, the database is unavailable). No error details reach the
 * page; the digest lets us match the report to the server log.
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : undefined;
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <>
      <h1 className="mb-6 text-heading-xl font-bold">Sorry, there is a problem with the service</h1>
      <div className="prose-body max-w-measure">
        <p>Try again in a few minutes. Anything you were typing may not have been saved.</p>
        <p>
          <Button type="button" variant="primary" onClick={() => retry()}>
            Try again
          </Button>
        </p>
        <p>
          Or go to the <Link href="/">home page</Link>.
        </p>
        {digest ? <p className="text-small text-muted">Reference: {digest}</p> : null}
      </div>
    </>
  );
}
