import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ListingChangesSection } from "@/components/moderation/listing-changes-section";
import { NotificationBanner, PageHeading, SummaryList, Tag } from "@/components/ui";
import { formatDate, formatDateTime } from "@/lib/dates";
import { keptTerms } from "@/lib/oruk-import-diff";
import { requireRole } from "@/server/auth/permissions";
import { getImportForReview } from "@/server/moderation/get-import-for-review";
import { DoneBanner } from "../../_components/done-banner";
import { DuplicateList } from "../../_components/duplicate-list";
import { ImportDecisionForm } from "./import-decision-form";
import { ImportTerms } from "./import-terms";

export const metadata: Metadata = { title: "Review a feed import" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The feed's dates are its own words: a day is shown as a date, anything else as the feed wrote it. */
const feedDate = (d: string | null) => (d ? (/^\d{4}-\d{2}-\d{2}/.test(d) ? formatDate(d.slice(0, 10)) : d) : "Not given");

export default async function ImportReviewPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireRole("moderator", `/moderate/imports/${id}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const review = await getImportForReview(id, user);
  if (!review) notFound();
  const { record, service, isNew, value, rows, waiting } = review;
  const query = await searchParams;
  const showAll = query.all === "1";
  return (
    <>
      <PageHeading caption={isNew ? "From a feed: new listing" : "From a feed: change to a live listing"}>
        {value?.name ?? service?.name ?? record.sourceId}
      </PageHeading>
      <DoneBanner done={query.done} />
      {!waiting ? (
        <NotificationBanner title="Nothing waiting">
          <p>Nothing from this feed record waits for a decision. There is nothing more to do here.</p>
        </NotificationBanner>
      ) : null}
      <h2 className="mb-2 text-heading-l font-bold">Where it came from</h2>
      <SummaryList
        rows={[
          { key: "Feed", value: record.feed },
          { key: "The feed’s id", value: record.sourceId },
          { key: "Read from the feed", value: formatDateTime(record.fetchedAt) },
          ...(record.queuedAt ? [{ key: "Waiting since", value: formatDateTime(record.queuedAt) }] : []),
          { key: "Licence", value: service?.licence ?? "Not stated" },
          { key: "The feed’s last change", value: feedDate(value?.lastModified ?? null) },
          { key: "The feed’s assured date", value: feedDate(value?.assuredDate ?? null) },
          {
            key: "Listing",
            value:
              !service || service.listingStatus === "pending" ? (
                <Tag tone="yellow">Not published yet</Tag>
              ) : (
                <Link href={`/moderate/listings/${service.id}`}>Status, history and duplicates</Link>
              ),
          },
        ]}
      />
      {review.warnings.length ? (
        <NotificationBanner title="Check before approving">
          <ul className="list-disc pl-5">
            {review.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </NotificationBanner>
      ) : null}
      {review.problems.length ? (
        <NotificationBanner title="This is not a complete service">
          <ul className="list-disc pl-5">
            {review.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          <p className="mt-2">It cannot be approved. Reject it.</p>
        </NotificationBanner>
      ) : null}
      {rows.length ? (
        <ListingChangesSection
          rows={rows}
          isNew={isNew}
          showAll={showAll}
          href={`/moderate/imports/${id}`}
          against="what we last imported"
          columns={{ before: "Last imported", after: "The feed now" }}
        />
      ) : null}
      {value ? (
        <section aria-labelledby="terms" className="mb-10">
          <h2 id="terms" className="mb-2 text-heading-l font-bold">
            Categories from the feed
          </h2>
          <ImportTerms terms={review.terms} kept={keptTerms(value)} />
        </section>
      ) : null}
      <section aria-labelledby="duplicates" className="mb-10">
        <h2 id="duplicates" className="mb-2 text-heading-l font-bold">
          Possible duplicates
        </h2>
        <p className="mb-2">Merging happens on the listing&rsquo;s own page: open a suggestion to merge or dismiss it.</p>
        <DuplicateList duplicates={review.duplicates} />
      </section>
      {waiting ? (
        <section aria-labelledby="decide" className="mb-10 max-w-measure">
          <h2 id="decide" className="sr-only">
            Decision
          </h2>
          <ImportDecisionForm
            importRecordId={record.id}
            lockVersion={record.lockVersion}
            isNew={isNew}
            canApprove={review.problems.length === 0}
          />
        </section>
      ) : null}
      <p>
        <Link href="/moderate?kind=import">Back to the queue</Link>
      </p>
    </>
  );
}
