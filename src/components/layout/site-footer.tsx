"use client";

// A client component although it has no state: every page then carries it once as HTML and, in its React
// payload, as a reference to the cached script, instead of as its whole tree of text again
// (docs/decisions/0019-page-weight-and-caching.md).
import Link from "next/link";
import { attributionLines } from "./attributions";

/** Footer: the data attributions every licence asks for, in plain text, and where to read more. */
export function SiteFooter() {
  return (
    <footer className="mt-12 border-t-4 border-brand bg-surface text-small">
      <div className="mx-auto max-w-page px-4 py-8 sm:px-6">
        <h2 className="mb-3 text-heading-s font-bold">Data sources and licences</h2>
        <ul className="mb-4 space-y-1 text-ink">
          {attributionLines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p data-print="hide">
          <Link href="/about/data">About the data, licences and verification</Link>
          {" · "}
          <Link href="/developers">Open data API</Link>
        </p>
      </div>
    </footer>
  );
}
