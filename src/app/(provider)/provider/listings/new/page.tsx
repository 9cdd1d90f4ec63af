import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageHeading } from "@/components/ui";
import { requireUser } from "@/server/auth/permissions";
import { listMyOrganisations } from "@/server/organisations/list-my-organisations";
import { BackLink } from "../../_components/back-link";
import { NewListingForm } from "./new-listing-form";

export const metadata: Metadata = { title: "What is the activity?" };

export default async function NewListingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/provider/listings/new");
  const organisations = await listMyOrganisations(user);
  if (organisations.length === 0) redirect(`/provider/organisations/new?next=${encodeURIComponent("/provider/listings/new")}`);
  const wanted = (await searchParams).organisation;
  const organisation = organisations.find((o) => o.id === wanted) ?? null;
  return (
    <div className="max-w-measure">
      <BackLink href="/provider" />
      <PageHeading caption={organisation ? `Add a listing for ${organisation.name}` : "Add a listing"}>What is the activity?</PageHeading>
      <p className="-mt-4 mb-6 text-muted">Step 1. It takes about 10 minutes, and everything is saved as you go.</p>
      <NewListingForm organisations={organisations} organisationId={organisation?.id ?? null} />
    </div>
  );
}
