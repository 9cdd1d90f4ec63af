import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageHeading } from "@/components/ui";
import { requireUser } from "@/server/auth/permissions";
import { BackLink } from "../../../_components/back-link";
import { ConfirmForm } from "../../_forms/confirm-form";
import { captionOf, loadDraft } from "../../_forms/load-draft";
import { discardAction } from "../../lifecycle-actions";

export const metadata: Metadata = { title: "Discard draft" };

export default async function DiscardPage({ params }: { params: Promise<{ serviceId: string }> }) {
  const { serviceId } = await params;
  const user = await requireUser(`/provider/listings/${serviceId}/discard`);
  const view = await loadDraft(serviceId, user);
  const status = view.revision?.status;
  const isEdit = view.listingStatus === "published";
  if ((status !== "draft" && status !== "changes_requested") || (!isEdit && view.listingStatus !== "draft")) redirect("/provider");
  return (
    <div className="max-w-measure">
      <BackLink href={`/provider/listings/${serviceId}/check`} />
      <PageHeading caption={captionOf(view)}>{isEdit ? "Discard your changes?" : "Delete this draft listing?"}</PageHeading>
      <p className="mb-8">
        {isEdit
          ? "The changes you have not sent will be thrown away. The live listing stays exactly as it is."
          : "Everything you have entered for this listing will be deleted. This cannot be undone."}
      </p>
      <ConfirmForm
        action={discardAction.bind(null, serviceId)}
        confirmLabel={isEdit ? "Yes, discard my changes" : "Yes, delete this draft"}
        warning
      />
    </div>
  );
}
