import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ListingDetailsList } from "@/components/moderation/listing-details-list";
import { ButtonLink, NotificationBanner, PageHeading, VerificationTag } from "@/components/ui";
import { confirmLinkProblem, inspectConfirmLink } from "@/server/freshness/confirm-listing-by-link";
import { readListing } from "@/server/listings/read-listing";
import { ConfirmForm } from "./confirm-form";

export const metadata: Metadata = { title: "Is your listing still correct?", robots: { index: false, follow: false } };

const PROBLEMS = {
  invalid: {
    title: "This link is not valid",
    text: "It may have been copied only in part. Use the link in your most recent email, or sign in to check your listing.",
  },
  expired: {
    title: "This link has expired",
    text: "Links in our emails work for 45 days. Sign in to check your listing from your list of listings.",
  },
  "not-live": { title: "This listing is not in the directory", text: "It may have been archived or merged with another listing." },
  "not-owner": {
    title: "You no longer manage this listing",
    text: "The link was sent to someone who is no longer a member of the organisation that runs it.",
  },
} as const;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Opened from a re-confirmation email. Shows the listing and asks; only the button's POST confirms it. */
export default async function ConfirmListingPage({ params, searchParams }: Props) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const token = (await searchParams).token;
  const inspected =
    typeof token === "string" && token.length <= 2000 ? await inspectConfirmLink({ serviceId: id, token }) : confirmLinkProblem("invalid");
  if (!inspected.ok) {
    const problem = PROBLEMS[inspected.error.code];
    return (
      <div className="max-w-measure">
        <PageHeading>{problem.title}</PageHeading>
        <p className="mb-6">{problem.text}</p>
        <ButtonLink href="/provider">Go to your listings</ButtonLink>
      </div>
    );
  }
  const state = inspected.value;
  const listing = await readListing(state.serviceId);
  return (
    <>
      <div className="max-w-measure">
        <PageHeading caption={state.name}>Is this listing still correct?</PageHeading>
        <p className="mb-2">
          <VerificationTag verifiedAt={state.verifiedAt} />
        </p>
        {state.staleSince ? (
          <NotificationBanner title="Marked as out of date">
            <p>It is shown lower in search results until someone confirms it. Confirming puts it back straight away.</p>
          </NotificationBanner>
        ) : null}
        <p className="mb-6">Check the details below. If they are all still right, confirm it. If anything has changed, edit it instead.</p>
      </div>
      {listing ? <ListingDetailsList listing={listing} /> : null}
      <div className="flex flex-wrap items-start gap-6">
        <ConfirmForm serviceId={state.serviceId} token={token as string} />
        <ButtonLink href="/provider" variant="secondary">
          Something has changed: edit it
        </ButtonLink>
      </div>
      <p className="mt-6">
        <Link href={`/services/${state.serviceId}`}>See the listing as the public does</Link>
      </p>
    </>
  );
}
