import Link from "next/link";
import { ListingStatusTag } from "@/components/ui";
import type { DuplicateCandidate } from "@/server/moderation/suggest-duplicates";

/** Listings that may be the same thing, each with why it was suggested. Merging happens on the listing page. */
export function DuplicateList({
  duplicates,
  children,
}: {
  duplicates: readonly DuplicateCandidate[];
  children?: (d: DuplicateCandidate) => React.ReactNode;
}) {
  if (duplicates.length === 0)
    return <p>None found: no listing with a similar name within 200 m, the same charity number or the same website.</p>;
  return (
    <ul className="divide-y divide-rule border-y border-rule">
      {duplicates.map((d) => (
        <li key={d.id} className="py-3">
          <p className="font-bold">
            <Link href={`/moderate/listings/${d.id}`}>{d.name}</Link> <ListingStatusTag status={d.listingStatus as "published"} />
          </p>
          <p className="text-small">
            {d.reasons.join("; ")}
            {d.distanceMetres !== null ? ` (${d.distanceMetres} m away)` : ""}
          </p>
          {children ? children(d) : null}
        </li>
      ))}
    </ul>
  );
}
