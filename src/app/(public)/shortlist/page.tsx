import type { Metadata } from "next";
import Link from "next/link";
import { Button, ButtonLink, NotificationBanner, PageHeading } from "@/components/ui";
import { parseShortlistIds, shortlistPath } from "@/lib/shortlist";
import { appUrl } from "@/server/http/app-url";
import { readPublicListings } from "@/server/listings/read-public-listings";
import { readShortlistIds } from "@/server/shortlist/shortlist-cookie";
import { clearShortlistAction, keepSharedShortlistAction } from "./actions";
import { EmailShortlistForm } from "./_components/email-form";
import { ShortlistForm } from "@/app/_components/shortlist-form";
import { ShortlistItem } from "./_components/shortlist-item";

export const metadata: Metadata = { title: "Your shortlist" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** This browser's shortlist, or a shared one (/shortlist?ids=…) opened from a link or an email. */
export default async function ShortlistPage({ searchParams }: Props) {
  const params = await searchParams;
  const own = await readShortlistIds();
  const shared = params.ids !== undefined ? parseShortlistIds(params.ids) : null;
  const ids = shared ?? own;
  const listings = await readPublicListings({ ids });
  const shownIds = listings.map((l) => l.id);
  const isOwn = shared === null || (shared.length === own.length && shared.every((id) => own.includes(id)));
  const missing = ids.length - listings.length;
  const shareUrl = appUrl(shortlistPath(shownIds));
  return (
    <div className="max-w-3xl">
      <PageHeading caption={isOwn ? "Kept in this browser only" : "A shortlist someone shared"}>
        {isOwn ? "Your shortlist" : "Shared shortlist"}
      </PageHeading>
      {!isOwn ? (
        <NotificationBanner title="Shared with you">
          <p className="mb-3">This list came from a link. Keep it on this device to add to it or remove things.</p>
          <form action={keepSharedShortlistAction}>
            <input type="hidden" name="ids" value={shownIds.join(",")} />
            <Button variant="secondary">Keep this list on this device</Button>
          </form>
        </NotificationBanner>
      ) : null}
      {missing > 0 ? (
        <p className="mb-4">{missing === 1 ? "1 activity is" : `${missing} activities are`} no longer listed, so not shown.</p>
      ) : null}
      {listings.length === 0 ? (
        <div className="prose-body">
          <p>There is nothing on this shortlist yet.</p>
          <p>
            <Link href="/search">Search for activities</Link> and choose “Add to shortlist” on the ones that suit the person. You can then
            print the list, share a link to it or email it.
          </p>
        </div>
      ) : (
        <>
          <p className="mb-4">
            {listings.length === 1 ? "1 activity" : `${listings.length} activities`}. Nothing about you or the person you are helping is
            stored by this website.
          </p>
          <div className="mb-6 flex flex-wrap gap-4" data-print="hide">
            <ButtonLink href={shortlistPath(shownIds, "/print")}>Print the shortlist</ButtonLink>
          </div>
          <ShortlistForm>
            <ol>
              {listings.map((l, i) => (
                <ShortlistItem key={l.id} listing={l} removable={isOwn} position={i + 1} />
              ))}
            </ol>
          </ShortlistForm>
          <section aria-labelledby="share" className="mt-8" data-print="hide">
            <h2 id="share" className="mb-2 text-heading-m font-bold">
              Share the shortlist
            </h2>
            <p className="mb-2">This link opens the same list on any phone or computer:</p>
            <p className="mb-8 border-2 border-ink bg-surface p-3 font-mono text-small break-all" data-testid="share-link">
              <a href={shareUrl}>{shareUrl}</a>
            </p>
            <h2 className="mb-2 text-heading-m font-bold">Email the shortlist</h2>
            <EmailShortlistForm ids={shownIds} />
          </section>
          {isOwn ? (
            <form action={clearShortlistAction} className="mt-8" data-print="hide">
              <Button variant="warning">Clear the shortlist</Button>
            </form>
          ) : null}
        </>
      )}
    </div>
  );
}
