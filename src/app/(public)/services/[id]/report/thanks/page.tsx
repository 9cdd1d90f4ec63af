import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { NotificationBanner, PageHeading } from "@/components/ui";

export const metadata: Metadata = { title: "Thank you for your report" };

export default async function ReportThanksPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  return (
    <div className="max-w-measure">
      <PageHeading>Thank you</PageHeading>
      <NotificationBanner variant="success" title="Report sent">
        <p>A moderator will check the listing. If it has an owner, they have been told too.</p>
      </NotificationBanner>
      <p>
        <Link href={`/services/${id}`}>Back to the listing</Link> or <Link href="/search">search the directory</Link>.
      </p>
    </div>
  );
}
