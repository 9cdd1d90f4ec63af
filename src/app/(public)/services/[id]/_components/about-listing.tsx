import Link from "next/link";
import { VerificationTag } from "@/components/ui";
import { factSourceCredits } from "@/lib/listing-source";
import type { PublicListing } from "@/server/listings/read-public-listings";

/** Provider, when it was last checked, where the data came from (every source, with its licence), and how to correct it. */
export function AboutListing({ listing, unclaimed }: { listing: PublicListing; unclaimed: boolean }) {
  return (
    <section aria-labelledby="about-listing" className="mb-8 border-t-4 border-brand bg-surface p-4 sm:p-5">
      <h2 id="about-listing" className="mb-3 text-heading-m font-bold">
        About this listing
      </h2>
      <div className="prose-body">
        {listing.organisation ? (
          <p>
            Run by <strong>{listing.organisation.name}</strong>
            {listing.organisation.charityNumber ? ` (registered charity ${listing.organisation.charityNumber})` : ""}
            {listing.organisation.website ? (
              <>
                {". "}
                <a href={listing.organisation.website} rel="noopener noreferrer external">
                  Their website
                </a>
              </>
            ) : null}
          </p>
        ) : null}
        <p>
          <VerificationTag verifiedAt={listing.verifiedAt} />
        </p>
        <p>
          {listing.verifiedAt
            ? "The date the details were last checked with the people who run it."
            : "Nobody has checked these details with the people who run it yet. Check with them before you go."}
        </p>
        {listing.staleSince ? <p>It has not been checked for over a year, so it may have changed or closed.</p> : null}
        <ListingSources listing={listing} />
        <ul>
          <li>
            <Link href={`/services/${listing.id}/report`}>Suggest an edit or report a problem</Link>
          </li>
          {unclaimed ? (
            <li>
              <Link href={`/provider/claim/${listing.id}`}>Is this your organisation? Claim it</Link>
            </li>
          ) : null}
        </ul>
      </div>
    </section>
  );
}

/**
 * Every source of the listing's data with its licence and edition: the record it started from and the records
 * merged into it (a museum's record and the OpenStreetMap gallery that named it), then each fact's source.
 */
function ListingSources({ listing }: { listing: PublicListing }) {
  const own = listing.sources[0];
  const credits = factSourceCredits(listing.facts, own ? { [own.code]: own.licence } : {});
  return (
    <>
      <h3 id="listing-sources" className="mt-4 mb-2 text-heading-s font-bold">
        Sources
      </h3>
      {listing.sources.length ? (
        <ul>
          {listing.sources.map((source) => (
            <li key={`${source.code}:${source.link ?? ""}`}>
              {source.link ? (
                <a href={source.link} rel="noopener noreferrer external">
                  {source.name}
                </a>
              ) : (
                source.name
              )}
              {source.fetched ? ` (${source.fetched})` : ""}. Licence: {source.licence}.
            </li>
          ))}
        </ul>
      ) : (
        <p>Written by the people who run it, through this directory.</p>
      )}
      {credits.length ? (
        <ul>
          {credits.map((c) => (
            <li key={c.name}>
              {c.facts}: {c.name}
              {c.licence ? `. Licence: ${c.licence}` : ""}.
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <Link href="/about/data">About the data and its licences</Link>
      </p>
    </>
  );
}
