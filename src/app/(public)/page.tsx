import Link from "next/link";
import { connection } from "next/server";
import { PlaceCountsTable } from "@/components/places/place-counts-table";
import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";
import { requestLogger } from "@/server/log/log";
import { countListingsByPlace, type ListingsByPlace } from "@/server/places/count-listings-by-place";

const audiences = [
  {
    title: "Link workers and care navigators",
    href: "/search",
    text: "Find 3 to 5 activities near where someone lives, on days they can make, then print or share a shortlist.",
  },
  {
    title: "Community groups and providers",
    href: "/provider",
    text: "List your choir, class, group or venue for free in about 10 minutes, and keep it up to date.",
  },
  {
    title: "Integrated Care System and place teams",
    href: "/insights",
    text: "See where provision is thin compared with population and deprivation, and download the evidence.",
  },
  {
    title: "Anyone looking for something to do",
    href: "/search",
    text: "Search by postcode, day or type of activity. No account needed, and you can tell us if something has changed.",
  },
] as const;

export default async function HomePage() {
  await connection();
  // The page still explains the directory when the database is unavailable; only the counts are missing.
  const log = await requestLogger();
  const counts = await countListingsByPlace().catch((error: unknown) => {
    log.error("home.count_listings_failed", { error });
    return null;
  });
  return (
    <>
      <PageHeading>Creative and community activities for health and wellbeing in West Yorkshire</PageHeading>
      <div className="prose-body max-w-measure">
        <p className="text-heading-s">
          Choirs, art groups, libraries, museums, gardens, walking groups, men’s sheds, lunch clubs and more: things that help people feel
          less lonely, cope with low mood or live well with a long-term condition.
        </p>
        <p>
          This directory brings them together in one place for Bradford, Calderdale, Kirklees, Leeds and Wakefield. It is free to use and
          free to be listed in.
        </p>
      </div>

      <h2 className="mt-10 mb-4 text-heading-l font-bold">Who it is for</h2>
      <ul className="grid gap-4 sm:grid-cols-2">
        {audiences.map((audience) => (
          <li key={audience.title}>
            <Card title={audience.title} href={audience.href} headingLevel={3}>
              <p>{audience.text}</p>
            </Card>
          </li>
        ))}
      </ul>

      <h2 className="mt-10 mb-4 text-heading-l font-bold">Listings in each place</h2>
      {counts ? <ListingCounts {...counts} /> : <p>Listing numbers are not available at the moment. Try again later.</p>}
    </>
  );
}

function ListingCounts({ places, distinct }: ListingsByPlace) {
  if (places.length === 0) return <p>No places have been loaded into the directory yet.</p>;
  return (
    <>
      <PlaceCountsTable places={places} distinctPublished={distinct.published} />
      <div className="prose-body mt-6 max-w-measure">
        <p>
          {distinct.notYetVerified.toLocaleString("en-GB")} of the {distinct.published.toLocaleString("en-GB")} published listings have{" "}
          <strong>not yet been verified</strong>: nobody has checked them with the group that runs them. Listings gathered from open data,
          such as OpenStreetMap, start this way. <Link href="/about/data#not-yet-verified">What “not yet verified” means</Link>.
        </p>
      </div>
    </>
  );
}
