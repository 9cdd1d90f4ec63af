import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { NotificationBanner, PageHeading } from "@/components/ui";
import { requireUser } from "@/server/auth/permissions";
import { fieldErrorsFrom } from "@/lib/form-state";
import { listingSchema } from "@/lib/validation/listing";
import { BackLink } from "../../../_components/back-link";
import { captionOf, loadDraft } from "../../_forms/load-draft";
import { errorLinks } from "./error-links";
import { CheckAnswers } from "./check-answers";
import { SubmitForm } from "./submit-form";
import { submitListingAction } from "../../lifecycle-actions";

export const metadata: Metadata = { title: "Check your listing" };

export default async function CheckListingPage({ params }: { params: Promise<{ serviceId: string }> }) {
  const { serviceId } = await params;
  const user = await requireUser(`/provider/listings/${serviceId}/check`);
  const view = await loadDraft(serviceId, user);
  if (!view.revision) redirect("/provider");
  const { revision, draft } = view;
  const pending = revision.status === "pending";
  const isEdit = view.listingStatus === "published";
  const checked = listingSchema.safeParse(draft);
  const missing = checked.success ? [] : errorLinks(serviceId, fieldErrorsFrom(checked.error));

  return (
    <div className="max-w-page">
      <BackLink href="/provider">Back to your listings</BackLink>
      <PageHeading caption={captionOf(view)}>{pending ? "Waiting for review" : "Check your listing before sending it"}</PageHeading>
      {revision.status === "changes_requested" ? (
        <NotificationBanner title="A moderator asked for changes">
          {revision.reason ? (
            <blockquote className="mb-2 border-l-4 border-rule pl-4 whitespace-pre-line">{revision.reason}</blockquote>
          ) : null}
          <p>Use the Change links to update your answers, then send it again.</p>
        </NotificationBanner>
      ) : null}
      {pending ? (
        <NotificationBanner title={isEdit ? "Your changes are waiting for review" : "Your listing is waiting for review"}>
          <p className="mb-2">
            {isEdit
              ? "The live listing stays as it is until a moderator approves your changes."
              : "A moderator will check it before it goes live."}
          </p>
          <p>
            To change something now, <Link href={`/provider/listings/${serviceId}/withdraw`}>withdraw it from review</Link>. Nothing you
            entered is lost.
          </p>
        </NotificationBanner>
      ) : null}
      {!pending && missing.length ? (
        <NotificationBanner title="Some answers need your attention">
          <p className="mb-2">Before you can send it:</p>
          <ul className="list-disc space-y-1 pl-5">
            {missing.map((m) => (
              <li key={m.href}>
                <Link href={m.href}>{m.message}</Link>
              </li>
            ))}
          </ul>
        </NotificationBanner>
      ) : null}
      <CheckAnswers serviceId={serviceId} draft={draft} editable={!pending} />
      {pending ? null : (
        <section aria-labelledby="send-heading" className="max-w-measure">
          <h2 id="send-heading" className="mb-2 text-heading-m font-bold">
            {isEdit ? "Send your changes" : "Send your listing"}
          </h2>
          <p className="mb-6">
            A moderator checks every listing and change before it is public. You can see how it is going on{" "}
            <Link href="/provider">your listings page</Link>.
          </p>
          <SubmitForm serviceId={serviceId} isEdit={isEdit} action={submitListingAction.bind(null, serviceId)} />
          {isEdit || view.listingStatus === "draft" ? (
            <p className="mt-6">
              <Link href={`/provider/listings/${serviceId}/discard`}>{isEdit ? "Discard these changes" : "Delete this draft"}</Link>
            </p>
          ) : null}
        </section>
      )}
    </div>
  );
}
