import Link from "next/link";
import { Button, Tag } from "@/components/ui";
import type { DashboardListing } from "@/server/listings/list-provider-dashboard";
import { startEditAction, withdrawFromDashboardAction } from "../listings/lifecycle-actions";

/** One listing on the dashboard: its status in words, any moderator's reason, and what can be done next. */
export function ListingItem({ listing }: { listing: DashboardListing }) {
  const { id, name, progress, continueAt, openRevisionId } = listing;
  const base = `/provider/listings/${id}`;
  const hidden = <span className="sr-only"> {name}</span>;
  const live = progress.label.startsWith("Live");
  return (
    <li className="border-b border-rule py-5" data-testid="provider-listing">
      <h3 className="mb-2 text-heading-s font-bold">{name}</h3>
      <p className="mb-2">
        <span className="sr-only">Status: </span>
        <Tag tone={progress.tone}>{progress.label}</Tag>
      </p>
      {progress.note ? <p className="mb-2 text-muted">{progress.note}</p> : null}
      {progress.reason ? (
        <div className="mb-3 border-l-4 border-rule pl-4">
          <p className="font-bold">What the moderator said:</p>
          <blockquote className="whitespace-pre-line">{progress.reason}</blockquote>
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        {progress.actions.includes("continue") ? (
          <Link href={`${base}/${continueAt}`} className="font-bold">
            {progress.label === "Changes requested" ? "Make the changes" : live ? "Continue your changes" : "Continue your draft"}
            {hidden}
          </Link>
        ) : null}
        {progress.actions.includes("withdraw") && openRevisionId ? (
          <>
            <Link href={`${base}/check`}>See what you sent{hidden}</Link>
            <form action={withdrawFromDashboardAction.bind(null, id)}>
              <input type="hidden" name="revisionId" value={openRevisionId} />
              <Button variant="secondary">Withdraw from review{hidden}</Button>
            </form>
          </>
        ) : null}
        {progress.actions.includes("discard") ? (
          <Link href={`${base}/discard`}>
            {live ? "Discard changes" : "Delete draft"}
            {hidden}
          </Link>
        ) : null}
        {progress.actions.includes("edit") ? (
          <form action={startEditAction.bind(null, id)}>
            <Button variant="secondary">Edit{hidden}</Button>
          </form>
        ) : null}
      </div>
    </li>
  );
}
