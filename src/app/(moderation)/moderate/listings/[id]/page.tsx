import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { HistoryList } from "@/components/moderation/history-list";
import { ListingDetailsList } from "@/components/moderation/listing-details-list";
import { ListingStatusTag, PageHeading, SummaryList, Tag, VerificationTag } from "@/components/ui";
import { requireRole } from "@/server/auth/permissions";
import { getListingForModeration } from "@/server/moderation/get-listing-for-moderation";
import { getListingHistory } from "@/server/moderation/get-listing-history";
import { DoneBanner } from "../../_components/done-banner";
import { DuplicateList } from "../../_components/duplicate-list";
import { dismissDuplicateAction } from "./actions";
import { ListingDecisionForm } from "./listing-decision-form";
import { MergeForm } from "./merge-form";
import { formatDate } from "@/lib/dates";

export const metadata: Metadata = { title: "Listing" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ModerateListingPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireRole("moderator", `/moderate/listings/${id}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const [found, history] = await Promise.all([getListingForModeration(id, user), getListingHistory(id, user)]);
  if (!found) notFound();
  const { service: s, listing } = found;
  const live = s.listingStatus === "published";
  return (
    <>
      <PageHeading caption="Listing">{s.name}</PageHeading>
      <DoneBanner done={(await searchParams).done} />
      <p className="mb-6 flex flex-wrap gap-2">
        <ListingStatusTag status={s.listingStatus} />
        <VerificationTag verifiedAt={s.verifiedAt} />
        {s.staleSince ? <Tag tone="orange">Out of date since {formatDate(s.staleSince)}</Tag> : null}
        {s.awaitingVerification ? <Tag tone="grey">Waiting to be verified</Tag> : null}
      </p>
      <SummaryList
        rows={[
          {
            key: "Managed by",
            value: s.organisation
              ? `${s.organisation.name}${s.organisation.charityNumber ? ` (charity ${s.organisation.charityNumber})` : ""}`
              : "Nobody",
          },
          { key: "Source", value: s.source === "provider" ? "Listed by a provider" : `Imported (${s.source})` },
          ...(s.mergedInto
            ? [{ key: "Merged into", value: <Link href={`/moderate/listings/${s.mergedInto.id}`}>{s.mergedInto.name}</Link> }]
            : []),
          ...(live ? [{ key: "Public page", value: <Link href={`/services/${s.id}`}>See it as the public does</Link> }] : []),
        ]}
      />
      <Waiting found={found} />
      {live ? (
        <section aria-labelledby="decide" className="mb-10 max-w-measure">
          <h2 id="decide" className="mb-4 text-heading-l font-bold">
            Check this listing
          </h2>
          <ListingDecisionForm serviceId={s.id} version={s.version} />
        </section>
      ) : null}
      {s.listingStatus !== "archived" ? (
        <section aria-labelledby="duplicates" className="mb-10">
          <h2 id="duplicates" className="mb-2 text-heading-l font-bold">
            Possible duplicates
          </h2>
          <DuplicateList duplicates={found.duplicates}>
            {(d) => (
              <form action={dismissDuplicateAction} className="mt-1">
                <input type="hidden" name="serviceId" value={s.id} />
                <input type="hidden" name="otherServiceId" value={d.id} />
                <button type="submit" className="cursor-pointer text-small text-link underline">
                  Not a duplicate<span className="sr-only"> of {d.name}</span>
                </button>
              </form>
            )}
          </DuplicateList>
          {found.duplicates.length ? (
            <div className="mt-6 max-w-measure">
              <MergeForm serviceId={s.id} version={s.version} candidates={found.duplicates} />
            </div>
          ) : null}
        </section>
      ) : null}
      {listing ? (
        <section aria-labelledby="details" className="mb-10">
          <h2 id="details" className="mb-2 text-heading-l font-bold">
            {live ? "Live details" : "Last live details"}
          </h2>
          <ListingDetailsList listing={listing} />
        </section>
      ) : null}
      <section aria-labelledby="history" className="mb-10">
        <h2 id="history" className="mb-4 text-heading-l font-bold">
          History
        </h2>
        <HistoryList entries={history} />
      </section>
      <p>
        <Link href="/moderate">Back to the queue</Link>
      </p>
    </>
  );
}

function Waiting({ found }: { found: NonNullable<Awaited<ReturnType<typeof getListingForModeration>>> }) {
  const items = [
    ...found.pendingRevisions.map((r) => ({
      href: `/moderate/revisions/${r.id}`,
      text: `A change waiting for review, sent ${formatDate(r.submittedAt)}`,
    })),
    ...found.pendingClaims.map((c) => ({ href: `/moderate/claims/${c.id}`, text: `A claim by ${c.organisation}` })),
    ...found.openReports.map((r) => ({
      href: `/moderate/reports/${r.id}`,
      text: `A public report: “${r.message.slice(0, 80)}${r.message.length > 80 ? "…" : ""}”`,
    })),
  ];
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="waiting" className="mb-10">
      <h2 id="waiting" className="mb-2 text-heading-l font-bold">
        Waiting for a moderator
      </h2>
      <ul className="list-disc space-y-1 pl-5">
        {items.map((i) => (
          <li key={i.href}>
            <Link href={i.href}>{i.text}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
