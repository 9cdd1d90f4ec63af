import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ShortlistButton } from "@/app/_components/shortlist-button";
import { ShortlistForm } from "@/app/_components/shortlist-form";
import { ShortlistSummary } from "@/app/_components/shortlist-summary";
import { ListingMap } from "@/components/map/listing-map";
import { PageHeading, Tag } from "@/components/ui";
import { env } from "@/env";
import { statusText, termNames } from "@/lib/listing-words";
import { readPublicListings } from "@/server/listings/read-public-listings";
import { readShortlistIds } from "@/server/shortlist/shortlist-cookie";
import { AboutListing } from "./_components/about-listing";
import { AccessibilitySection, CostAndWhoSection, HowToJoinSection, WhenSection, WhereSection } from "./_components/listing-sections";

type Props = { params: Promise<{ id: string }> };

// Only published listings exist for the public: anything else (draft, pending, archived, unknown id) is a 404.
const loadListing = cache(async (id: string) => (await readPublicListings({ ids: [id] }))[0] ?? null);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const listing = await loadListing((await params).id);
  return { title: listing?.name ?? "Page not found" };
}

export default async function ListingPage({ params }: Props) {
  const listing = await loadListing((await params).id);
  if (!listing) notFound();
  const shortlist = await readShortlistIds();
  const status = statusText(listing.status);
  const categories = termNames("category", listing.categories);
  const mapVenues = listing.venues.flatMap((v) =>
    v.point ? [{ ...v.point, label: v.name ?? v.area ?? listing.name, hidden: v.hidden }] : [],
  );
  return (
    <>
      <PageHeading caption={categories.join(", ") || "Activity"}>{listing.name}</PageHeading>
      {listing.alternateName ? (
        <p className="-mt-4 mb-6 text-muted sm:-mt-6">Also known as {listing.alternateName.split("; ").join(", ")}</p>
      ) : null}
      {status ? (
        <p className="mb-4">
          <Tag tone="red">{status}</Tag>
        </p>
      ) : null}
      <div className="grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="min-w-0">
          {listing.description ? <p className="mb-6 max-w-measure text-heading-s whitespace-pre-line">{listing.description}</p> : null}
          <div className="mb-8 flex flex-wrap items-start gap-4">
            <ShortlistForm>
              <ShortlistButton serviceId={listing.id} name={listing.name} inShortlist={shortlist.includes(listing.id)} />
            </ShortlistForm>
          </div>
          <WhenSection listing={listing} />
          <WhereSection listing={listing} />
          <AccessibilitySection listing={listing} />
          <CostAndWhoSection listing={listing} />
          <HowToJoinSection listing={listing} />
        </div>
        <div className="min-w-0">
          <ListingMap venues={mapVenues} tileUrl={env().MAP_TILE_URL} />
          <ShortlistSummary count={shortlist.length} />
          <AboutListing listing={listing} unclaimed={!listing.organisation} />
        </div>
      </div>
    </>
  );
}
