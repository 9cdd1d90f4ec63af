import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ListingStatusTag, NotificationBanner, PageHeading, SummaryList, VerificationTag } from "@/components/ui";
import { reportTopicName } from "@/lib/validation/report";
import { requireRole } from "@/server/auth/permissions";
import { getReportForReview } from "@/server/moderation/get-report-for-review";
import { ReportForm } from "./report-form";
import { formatDateTime } from "@/lib/dates";

export const metadata: Metadata = { title: "Review a report" };

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireRole("moderator", `/moderate/reports/${id}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const found = await getReportForReview(id, user);
  if (!found) notFound();
  const { report, otherOpen } = found;
  const s = report.service;
  return (
    <>
      <PageHeading caption="Public report">{s.name}</PageHeading>
      {otherOpen > 0 ? (
        <NotificationBanner title="More reports">
          <p>
            {otherOpen} other open {otherOpen === 1 ? "report" : "reports"} about this listing.{" "}
            <Link href={`/moderate/listings/${s.id}`}>See them all</Link>.
          </p>
        </NotificationBanner>
      ) : null}
      <SummaryList
        rows={[
          { key: "What is wrong", value: reportTopicName(report.topic) },
          { key: "Message", value: <span className="whitespace-pre-line">{report.message}</span> },
          { key: "Contact email", value: report.contactEmail ?? "Not given" },
          { key: "Reported on", value: formatDateTime(report.createdAt) },
          {
            key: "Listing",
            value: (
              <>
                <Link href={`/moderate/listings/${s.id}`}>{s.name}</Link> <ListingStatusTag status={s.listingStatus} />
              </>
            ),
          },
          { key: "Last verified", value: <VerificationTag verifiedAt={s.verifiedAt} /> },
          { key: "Managed by", value: s.organisation?.name ?? "Nobody (imported listing)" },
        ]}
      />
      {report.status === "open" ? (
        <section aria-labelledby="decide" className="max-w-measure">
          <h2 id="decide" className="sr-only">
            Decision
          </h2>
          <ReportForm
            reportId={report.id}
            lockVersion={report.lockVersion}
            serviceId={s.id}
            serviceVersion={s.version}
            canArchive={s.listingStatus === "published"}
          />
        </section>
      ) : (
        <NotificationBanner title="Already dealt with">
          <p>
            This report was {report.status}
            {report.resolvedBy ? ` by ${report.resolvedBy.email}` : ""}.
          </p>
        </NotificationBanner>
      )}
      <p className="mt-6">
        <Link href="/moderate">Back to the queue</Link>
      </p>
    </>
  );
}
