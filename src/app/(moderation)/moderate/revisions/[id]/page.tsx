import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ListingChangesSection } from "@/components/moderation/listing-changes-section";
import { NotificationBanner, PageHeading, SummaryList, Tag } from "@/components/ui";
import { termName } from "@/lib/vocabulary";
import { requireRole } from "@/server/auth/permissions";
import { getRevisionForReview } from "@/server/moderation/get-revision-for-review";
import { DoneBanner } from "../../_components/done-banner";
import { DuplicateList } from "../../_components/duplicate-list";
import { CategoriesForm } from "./categories-form";
import { DecisionForm } from "./decision-form";
import { formatDateTime } from "@/lib/dates";

export const metadata: Metadata = { title: "Review a listing" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RevisionPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireRole("moderator", `/moderate/revisions/${id}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const review = await getRevisionForReview(id, user);
  if (!review) notFound();
  const { revision, service, isNew, behind, proposed, rows } = review;
  const pending = revision.status === "pending";
  const showAll = (await searchParams).all === "1";
  return (
    <>
      <PageHeading caption={isNew ? "New listing" : "Change to a live listing"}>{proposed?.name ?? service.name}</PageHeading>
      <DoneBanner done={(await searchParams).done} />
      {behind ? (
        <NotificationBanner title="Made against an older live version">
          <p>
            The live listing has been changed since the provider started this revision (they started from version {revision.baseVersion};
            the live version is {service.version}). The differences below are against the live version now, so anything the provider did not
            change may show as reverting the newer live details. Check them carefully, or ask the provider to start again from the live
            version.
          </p>
        </NotificationBanner>
      ) : null}
      {!pending ? (
        <NotificationBanner title="Already decided">
          <p>This revision is {revision.status.replace("_", " ")}. There is nothing more to do here.</p>
        </NotificationBanner>
      ) : null}
      <SummaryList
        rows={[
          { key: "Submitted", value: formatDateTime(revision.submittedAt) },
          { key: "By", value: revision.author ?? "Unknown" },
          {
            key: "Organisation",
            value: revision.organisation
              ? `${revision.organisation.name}${revision.organisation.charityNumber ? ` (charity ${revision.organisation.charityNumber})` : ""}`
              : "None",
          },
          {
            key: "Live listing",
            value: isNew ? (
              <Tag tone="yellow">Not published yet</Tag>
            ) : (
              <Link href={`/moderate/listings/${service.id}`}>Status, history and duplicates</Link>
            ),
          },
          ...(revision.message
            ? [{ key: "Note from the provider", value: <span className="whitespace-pre-line">{revision.message}</span> }]
            : []),
        ]}
      />
      {review.problems.length ? (
        <NotificationBanner title="This revision is not a complete listing">
          <ul className="list-disc pl-5">
            {review.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          <p className="mt-2">It cannot be approved. Ask the provider for changes.</p>
        </NotificationBanner>
      ) : null}
      <ListingChangesSection rows={rows} isNew={isNew} showAll={showAll} href={`/moderate/revisions/${id}`} against="the live listing" />
      <section aria-labelledby="duplicates" className="mb-10">
        <h2 id="duplicates" className="mb-2 text-heading-l font-bold">
          Possible duplicates
        </h2>
        <DuplicateList duplicates={review.duplicates} />
      </section>
      {pending && proposed ? (
        <section aria-labelledby="categories-heading" className="mb-10">
          {/* Not id="categories": that is the first checkbox's, where an error summary link lands. */}
          <h2 id="categories-heading" className="mb-2 text-heading-l font-bold">
            Categories
          </h2>
          <p className="mb-4">{proposed.categories.map((c) => termName("category", c) ?? c).join(", ")}</p>
          <CategoriesForm revisionId={revision.id} lockVersion={revision.lockVersion} selected={proposed.categories} />
        </section>
      ) : null}
      {pending ? (
        <section aria-labelledby="decide" className="mb-10 max-w-measure">
          <h2 id="decide" className="sr-only">
            Decision
          </h2>
          <DecisionForm
            revisionId={revision.id}
            lockVersion={revision.lockVersion}
            serviceVersion={service.version}
            isNew={isNew}
            canApprove={Boolean(proposed)}
          />
        </section>
      ) : null}
      <p>
        <Link href="/moderate">Back to the queue</Link>
      </p>
    </>
  );
}
