import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading, Select, Button } from "@/components/ui";
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
          These listings came from open data (OpenStreetMap, museum and library registers) and nobody who runs them has claimed them yet.
          Check each one, for example on its website, then mark the ones that are right as verified, or archive the ones that have closed. A
          new batch is added each time the freshness job runs.
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
        {total === 0 ? "Nothing to verify" : `${total} waiting${items.length < total ? `, showing the oldest ${items.length}` : ""}`}
      </h2>
      {items.length ? (
        <BatchForm
          rows={items.map((s) => {
            const l = s.serviceAtLocations[0]?.location;
            return {
              id: s.id,
              version: s.version,
              name: s.name,
              url: s.url,
              source: s.source,
              where: l ? [l.address1, l.city, l.postcode, l.place?.name].filter(Boolean).join(", ") : "No address",
            };
          })}
        />
      ) : null}
      <p className="mt-6">
        <Link href="/moderate">Back to the queue</Link>
      </p>
    </>
  );
}
