import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { NotificationBanner, PageHeading, SummaryList } from "@/components/ui";
import { requireRole } from "@/server/auth/permissions";
import { getClaimForReview } from "@/server/moderation/get-claim-for-review";
import { ClaimForm } from "./claim-form";
import { formatDateTime } from "@/lib/dates";

export const metadata: Metadata = { title: "Review a claim" };

export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireRole("moderator", `/moderate/claims/${id}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const found = await getClaimForReview(id, user);
  if (!found) notFound();
  const { claim, otherClaims } = found;
  const org = claim.organisation;
  return (
    <>
      <PageHeading caption="Claim">{claim.service.name}</PageHeading>
      {claim.service.organisation ? (
        <NotificationBanner title="Already managed by someone">
          <p>
            This listing is managed by {claim.service.organisation.name}. Approving hands it to {org.name} instead.
          </p>
        </NotificationBanner>
      ) : null}
      {otherClaims > 0 ? (
        <NotificationBanner title="Other claims">
          <p>
            {otherClaims} other {otherClaims === 1 ? "claim is" : "claims are"} waiting for this listing.
          </p>
        </NotificationBanner>
      ) : null}
      <SummaryList
        rows={[
          { key: "Listing", value: <Link href={`/moderate/listings/${claim.service.id}`}>{claim.service.name}</Link> },
          { key: "Listing website", value: claim.service.url ?? "None" },
          { key: "Claimed by", value: claim.user.email },
          { key: "For the organisation", value: org.name },
          { key: "Organisation website", value: org.website ?? "None" },
          { key: "Charity number", value: org.charityNumber ?? "None" },
          { key: "Their connection to it", value: <span className="whitespace-pre-line">{claim.message}</span> },
          { key: "Claimed on", value: formatDateTime(claim.createdAt) },
        ]}
      />
      {claim.status === "pending" ? (
        <section aria-labelledby="decide" className="max-w-measure">
          <h2 id="decide" className="sr-only">
            Decision
          </h2>
          <ClaimForm claimId={claim.id} lockVersion={claim.lockVersion} />
        </section>
      ) : (
        <NotificationBanner title="Already decided">
          <p>This claim is {claim.status}.</p>
        </NotificationBanner>
      )}
      <p className="mt-6">
        <Link href="/moderate">Back to the queue</Link>
      </p>
    </>
  );
}
