import Link from "next/link";
import { ShortlistButton } from "@/app/_components/shortlist-button";
import { VerificationTag } from "@/components/ui";
import type { PublicListing } from "@/server/listings/read-public-listings";
import { FactList } from "./fact-list";

export function ShortlistItem({ listing, removable, position }: { listing: PublicListing; removable: boolean; position: number }) {
  return (
    <li className="border-b border-rule py-5">
      <h2 className="mb-2 text-heading-m font-bold">
        <span className="text-muted">{position}. </span>
        <Link href={`/services/${listing.id}`}>{listing.name}</Link>
      </h2>
      <FactList listing={listing} className="mb-3 sm:grid-cols-[max-content_1fr]" />
      <p className="mb-3">
        <VerificationTag verifiedAt={listing.verifiedAt} />
      </p>
      {removable ? <ShortlistButton serviceId={listing.id} name={listing.name} inShortlist /> : null}
    </li>
  );
}
