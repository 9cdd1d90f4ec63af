import { listingFactLines } from "@/lib/listing-fact-lines";
import type { PublicListing } from "@/lib/public-listing";

/** An activity's facts as a description list (the caller sets the columns), each with where it comes from (the same lines the email sends). */
export function FactList({ listing, className = "" }: { listing: PublicListing; className?: string }) {
  return (
    <dl className={`grid gap-x-4 gap-y-1 ${className}`}>
      {listingFactLines(listing).map((line) => (
        <div key={line.label} className="contents">
          <dt className="font-bold">{line.label}</dt>
          <dd className="break-words">
            {line.value}
            {line.source ? <span className="text-muted"> ({line.source})</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
