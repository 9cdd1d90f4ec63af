import Link from "next/link";
import { ShortlistButton } from "@/app/_components/shortlist-button";
import { VerificationTag } from "@/components/ui";
import type { PublicListing } from "@/server/listings/read-public-listings";
import { shortlistFacts } from "@/server/shortlist/compose-shortlist-mail";

export function ShortlistItem({ listing, removable, position }: { listing: PublicListing; removable: boolean; position: number }) {
  return (
    <li className="border-b border-rule py-5">
      <h2 className="mb-2 text-heading-m font-bold">
        <span className="text-muted">{position}. </span>
        <Link href={`/services/${listing.id}`}>{listing.name}</Link>
      </h2>
      <dl className="mb-3 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {shortlistFacts(listing).map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-bold">{term}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mb-3">
        <VerificationTag verifiedAt={listing.verifiedAt} />
      </p>
      {removable ? <ShortlistButton serviceId={listing.id} name={listing.name} inShortlist /> : null}
    </li>
  );
}
