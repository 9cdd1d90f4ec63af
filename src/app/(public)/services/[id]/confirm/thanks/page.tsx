import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { NotificationBanner, PageHeading } from "@/components/ui";

export const metadata: Metadata = { title: "Listing confirmed", robots: { index: false, follow: false } };

export default async function ConfirmThanksPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  return (
    <div className="max-w-measure">
      <PageHeading>Thank you</PageHeading>
      <NotificationBanner variant="success" title="Listing confirmed">
        <p>It now shows as verified today. We will ask you again in six months.</p>
      </NotificationBanner>
      <p>
        <Link href={`/services/${id}`}>See the listing</Link> or <Link href="/provider">go to your listings</Link>.
      </p>
    </div>
  );
}
