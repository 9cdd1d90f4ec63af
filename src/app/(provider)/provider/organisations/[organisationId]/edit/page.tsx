import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/ui";
import { requireUser } from "@/server/auth/permissions";
import { ForbiddenError } from "@/server/auth/policy";
import { readMyOrganisation } from "@/server/organisations/read-my-organisation";
import { BackLink } from "../../../_components/back-link";
import { updateOrganisationAction } from "../../actions";
import { OrganisationForm } from "../../organisation-form";

export const metadata: Metadata = { title: "Change organisation details" };

export default async function EditOrganisationPage({ params }: { params: Promise<{ organisationId: string }> }) {
  const { organisationId } = await params;
  const user = await requireUser(`/provider/organisations/${organisationId}/edit`);
  const organisation = await readMyOrganisation(organisationId, user).catch((error: unknown) => {
    if (error instanceof ForbiddenError) notFound();
    throw error;
  });
  return (
    <div className="max-w-measure">
      <BackLink href="/provider" />
      <PageHeading caption={organisation.name}>Change organisation details</PageHeading>
      <OrganisationForm action={updateOrganisationAction.bind(null, organisationId)} initial={organisation} submitLabel="Save changes" />
    </div>
  );
}
