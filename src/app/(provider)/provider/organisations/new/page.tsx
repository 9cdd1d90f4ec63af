import type { Metadata } from "next";
import { PageHeading } from "@/components/ui";
import { requireUser } from "@/server/auth/permissions";
import { returnPathSchema } from "@/lib/validation/auth";
import { BackLink } from "../../_components/back-link";
import { createOrganisationAction } from "../actions";
import { OrganisationForm } from "../organisation-form";

export const metadata: Metadata = { title: "Add your organisation" };

export default async function NewOrganisationPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = (await searchParams).next;
  const next = returnPathSchema.parse(typeof raw === "string" ? raw : "/provider");
  await requireUser(`/provider/organisations/new${next !== "/provider" ? `?next=${encodeURIComponent(next)}` : ""}`);
  return (
    <div className="max-w-measure">
      <BackLink href={next.startsWith("/provider") ? next : "/provider"} />
      <PageHeading caption="For providers">Add your organisation</PageHeading>
      <p className="mb-6">
        The organisation or group that runs your activities. If you run things on your own, use your own name or the name people know you
        by.
      </p>
      <OrganisationForm action={createOrganisationAction} next={next} submitLabel="Save and continue" />
    </div>
  );
}
