import Link from "next/link";

/**
 * How many activities are on this browser's shortlist, with the way to it. A polite live region, so adding
 * or removing one from a list of results is announced.
 */
export function ShortlistSummary({ count }: { count: number }) {
  return (
    <div className="mb-6 border-l-4 border-brand bg-surface px-4 py-3" data-print="hide">
      <p role="status" aria-live="polite">
        {count === 0 ? (
          "Your shortlist is empty. Add activities to print, share or email them."
        ) : (
          <>
            <strong>Your shortlist: {count === 1 ? "1 activity" : `${count} activities`}.</strong>{" "}
            <Link href="/shortlist">View, print, share or email your shortlist</Link>
          </>
        )}
      </p>
    </div>
  );
}
