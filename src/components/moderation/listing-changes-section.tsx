import Link from "next/link";
import { hasChanges, type DiffRow } from "@/lib/listing-diff";
import { ListingDiffTable } from "./listing-diff-table";

/**
 * "What changed" on a review page (a provider's revision, a feed's import): the differences only, with a link
 * to every field and back, or every field of a new listing. `against` names what the change is compared with.
 */
export function ListingChangesSection({
  rows,
  isNew,
  showAll,
  href,
  against,
  columns,
}: {
  rows: readonly DiffRow[];
  isNew: boolean;
  showAll: boolean;
  /** The review page's own address, without the query. */
  href: string;
  against: string;
  columns?: { before: string; after: string };
}) {
  const visible = isNew || showAll ? rows : rows.filter((r) => r.change !== "unchanged");
  const differences = rows.filter((r) => r.change !== "unchanged").length;
  return (
    <section aria-labelledby="changes" className="mb-10">
      <h2 id="changes" className="mb-2 text-heading-l font-bold">
        {isNew ? "The new listing" : "What changed"}
      </h2>
      {!isNew ? (
        <p className="mb-4">
          {hasChanges(rows) ? `${differences} differences from ${against}.` : `No differences from ${against}.`}{" "}
          {showAll ? <Link href={href}>Show only the differences</Link> : <Link href={`${href}?all=1`}>Show every field</Link>}
        </p>
      ) : null}
      <ListingDiffTable
        rows={visible}
        caption={isNew ? "Every field of the new listing" : `Differences from ${against}`}
        isNew={isNew}
        columns={columns}
      />
    </section>
  );
}
