import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink, PageHeading } from "@/components/ui";
import { requireUser } from "@/server/auth/permissions";
import { hasRole } from "@/server/auth/policy";
import { listProviderDashboard } from "@/server/listings/list-provider-dashboard";
import { ClaimList } from "./_components/claim-list";
import { DoneBanner } from "./_components/done-banner";
import { ListingItem } from "./_components/listing-item";

export const metadata: Metadata = { title: "Your listings" };

export default async function ProviderDashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser("/provider");
  const { organisations, claims } = await listProviderDashboard(user);
  const done = (await searchParams).done;
  return (
    <>
      <PageHeading caption="For providers">Your listings</PageHeading>
      <DoneBanner done={typeof done === "string" ? done : undefined} />
      {organisations.length === 0 ? <Welcome /> : null}
      {organisations.map((o) => (
        <section key={o.id} aria-labelledby={`org-${o.id}`} className="mb-10">
          <div className="mb-4 flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2 border-b-2 border-ink pb-2">
            <h2 id={`org-${o.id}`} className="text-heading-l font-bold">
              {o.name}
            </h2>
            <Link href={`/provider/organisations/${o.id}/edit`}>
              Change organisation details<span className="sr-only"> for {o.name}</span>
            </Link>
          </div>
          {o.listings.length ? (
            <ul className="mb-6">
              {o.listings.map((l) => (
                <ListingItem key={l.id} listing={l} />
              ))}
            </ul>
          ) : (
            <p className="mb-6">No listings yet.</p>
          )}
          <ButtonLink href={`/provider/listings/new?organisation=${o.id}`}>
            Add a listing<span className="sr-only"> for {o.name}</span>
          </ButtonLink>
        </section>
      ))}
      {claims.length ? (
        <section aria-labelledby="claims" className="mb-10">
          <h2 id="claims" className="mb-2 text-heading-l font-bold">
            Listings you asked to manage
          </h2>
          <ClaimList claims={claims} />
        </section>
      ) : null}
      <div className="prose-body max-w-measure">
        {organisations.length ? (
          <p>
            <Link href="/provider/organisations/new">Add another organisation</Link>
          </p>
        ) : null}
        <p>
          Already in the directory? Most listings came from open data. <Link href="/search">Find your activity</Link> and choose “Is this
          your organisation? Claim it” to manage it here.
        </p>
        {hasRole(user, "admin") ? (
          <p>
            <Link href="/admin/users">Manage who are moderators and admins</Link>
          </p>
        ) : null}
      </div>
    </>
  );
}

function Welcome() {
  return (
    <div className="prose-body mb-10 max-w-measure">
      <p className="text-heading-s">List your group, class or activity for free, so link workers and local people can find it.</p>
      <p>
        First, tell us about the organisation or group that runs it. Then add each activity: it takes about 10 minutes, and everything is
        saved as you go.
      </p>
      <p>
        <ButtonLink href="/provider/organisations/new">Add your organisation</ButtonLink>
      </p>
    </div>
  );
}
