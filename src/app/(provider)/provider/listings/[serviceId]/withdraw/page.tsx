import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageHeading } from "@/components/ui";
import { requireUser } from "@/server/auth/permissions";
import { BackLink } from "../../../_components/back-link";
import { ConfirmForm } from "../../_forms/confirm-form";
import { captionOf, loadDraft } from "../../_forms/load-draft";
import { withdrawAction } from "../../lifecycle-actions";

export const metadata: Metadata = { title: "Withdraw from review" };

export default async function WithdrawPage({ params }: { params: Promise<{ serviceId: string }> }) {
  const { serviceId } = await params;
  const user = await requireUser(`/provider/listings/${serviceId}/withdraw`);
  const view = await loadDraft(serviceId, user);
  if (view.revision?.status !== "pending") redirect("/provider");
  const isEdit = view.listingStatus === "published";
  return (
    <div className="max-w-measure">
      <BackLink href="/provider" />
      <PageHeading caption={captionOf(view)}>
        {isEdit ? "Withdraw your changes from review?" : "Withdraw your listing from review?"}
      </PageHeading>
      <div className="prose-body mb-8">
        <p>A moderator will no longer look at {isEdit ? "these changes" : "it"}.</p>
        <p>
          Nothing you entered is lost: it goes back to being a draft, so you can change it and send it again, or{" "}
          {isEdit ? "discard the changes" : "delete it"}.
        </p>
        {isEdit ? <p>The live listing stays exactly as it is.</p> : null}
      </div>
      <ConfirmForm
        action={withdrawAction.bind(null, serviceId)}
        confirmLabel="Yes, withdraw from review"
        hidden={{ revisionId: view.revision.id }}
      />
    </div>
  );
}
