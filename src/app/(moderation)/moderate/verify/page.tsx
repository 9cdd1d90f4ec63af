import type { Metadata } from "next";
import Link from "next/link";
import { Button, ButtonLink, PageHeading, Select } from "@/components/ui";
import { PLACES, queueFilterSchema } from "@/lib/validation/moderation";
import { requireRole } from "@/server/auth/permissions";
import { listVerificationBatch } from "@/server/moderation/list-verification-batch";
import { DoneBanner } from "../_components/done-banner";
import { BatchForm } from "./batch-form";

export const metadata: Metadata = { title: "Verify imported listings" };

export default async function VerifyBatchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireRole("moderator", "/moderate/verify");
  const params = await searchParams;
  const { place } = queueFilterSchema.parse(params);
  const { items, total } = await listVerificationBatch({ placeCode: place }, user);
  return (
    <>
      <PageHeading caption="Moderate">Verify imported listings</PageHeading>
      <DoneBanner done={params.done} />
      <div className="prose-body mb-6 max-w-measure">
        <p>
          These listings came from open data (OpenStreetMap, museum and library registers), nobody who runs them has taken them over, and
          nobody has checked them yet. The ones people see most in search results and add to shortlists in the last 28 days come first.
          Check one at a time (phone, email or website, then the facts), or tick the ones you have checked and verify or archive them
          together.
        </p>
      </div>
      <form method="get" action="/moderate/verify" className="mb-4 sm:flex sm:items-end sm:gap-6">
        <Select
          name="place"
          label="Place"
          emptyOption="All places"
          defaultValue={place}
          options={PLACES.map((p) => ({ value: p.code, label: p.name }))}
        />
        <div className="mb-6 sm:mb-8">
          <Button variant="secondary">Show</Button>
        </div>
      </form>
      <h2 className="mb-2 text-heading-m font-bold">
        {total === 0
          ? "Nothing to verify"
          : `${total.toLocaleString("en-GB")} waiting${items.length < total ? `, showing the ${items.length} most wanted` : ""}`}
      </h2>
      {items.length ? (
        <>
          <p className="mb-6">
            <ButtonLink href={`/moderate/verify/${items[0]!.id}${place ? `?place=${place}` : ""}`}>Check the first listing</ButtonLink>
          </p>
          <BatchForm rows={items} place={place} />
        </>
      ) : null}
      <p className="mt-6">
        <Link href="/moderate">Back to the queue</Link>
      </p>
    </>
  );
}
