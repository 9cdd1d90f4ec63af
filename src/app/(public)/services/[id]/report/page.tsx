import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PageHeading } from "@/components/ui";
import { findReportableListing } from "@/server/reports/find-reportable-listing";
import { ReportForm } from "./report-form";

export const metadata: Metadata = { title: "Report a problem with a listing" };

/** "Suggest an edit / report a problem": public, no account, only for listings that are live. */
export default async function ReportProblemPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const service = await findReportableListing(id);
  if (!service) notFound();
  return (
    <div className="max-w-measure">
      <PageHeading caption={service.name}>Report a problem or suggest an edit</PageHeading>
      <p className="mb-6">
        Tell us if this listing has closed or something in it is wrong. A moderator will check it, and the group that runs it is told. You
        do not need an account.
      </p>
      <ReportForm serviceId={service.id} />
      <p className="mt-6">
        <Link href={`/services/${service.id}`}>Back to the listing</Link>
      </p>
    </div>
  );
}
