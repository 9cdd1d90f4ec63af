import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ButtonLink, NotificationBanner, PageHeading } from "@/components/ui";
import { requireUser } from "@/server/auth/permissions";
import { readClaimableListing } from "@/server/claims/read-claimable-listing";
import { listMyOrganisations } from "@/server/organisations/list-my-organisations";
import { requestClaimAction } from "./actions";
import { ClaimForm } from "./claim-form";

export const metadata: Metadata = { title: "Claim this listing" };

export default async function ClaimPage({ params }: { params: Promise<{ serviceId: string }> }) {
  const { serviceId } = await params;
  const here = `/provider/claim/${serviceId}`;
  const user = await requireUser(here);
  const [listing, organisations] = await Promise.all([readClaimableListing(serviceId, user), listMyOrganisations(user)]);
  if (!listing) notFound();
  const newOrganisation = `/provider/organisations/new?next=${encodeURIComponent(here)}`;
  return (
    <div className="max-w-measure">
      <PageHeading caption={listing.where ? `${listing.name}, ${listing.where}` : listing.name}>
        Is this your organisation? Claim it
      </PageHeading>
      {listing.managedByMe ? (
        <NotificationBanner title="You already manage this listing">
          <Link href="/provider">Go to your listings</Link> to change it.
        </NotificationBanner>
      ) : listing.pendingClaim ? (
        <NotificationBanner title="You have already asked to manage this listing">
          You asked for {listing.pendingClaim.organisationName}. A moderator will check it and let you know.{" "}
          <Link href="/provider">See your listings</Link>.
        </NotificationBanner>
      ) : (
        <>
          <div className="prose-body mb-8">
            <p>
              If you run <strong>{listing.name}</strong>, you can manage its listing here: keep the times, contact details and description
              up to date.
            </p>
            <p>A moderator checks each claim before handing a listing over. Until then, the listing stays as it is.</p>
            {listing.organisationName ? <p>It is currently listed as run by {listing.organisationName}.</p> : null}
          </div>
          {organisations.length === 0 ? (
            <>
              <p className="mb-6">First, tell us about the organisation or group that runs it.</p>
              <ButtonLink href={newOrganisation}>Add your organisation</ButtonLink>
            </>
          ) : (
            <>
              <ClaimForm action={requestClaimAction.bind(null, listing.id)} organisations={organisations} />
              <p className="mt-6">
                Is it run by an organisation you have not added yet? <Link href={newOrganisation}>Add that organisation first</Link>.
              </p>
            </>
          )}
        </>
      )}
    </div>
  );
}
