import type { Metadata } from "next";
import Link from "next/link";
import { sourceCredits } from "@/lib/listing-fact-lines";
import { parseShortlistIds, shortlistPath } from "@/lib/shortlist";
import { formatDay, londonNow } from "@/lib/dates";
import { appOrigin } from "@/server/http/app-url";
import { readPublicListings } from "@/server/listings/read-public-listings";
import { readShortlistIds } from "@/server/shortlist/shortlist-cookie";
import { FactList } from "../_components/fact-list";
import { PrintButton } from "./print-button";
import "./print.css";

export const metadata: Metadata = { title: "Print your shortlist" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One or two A4 pages to hand over: each activity with when, where, cost, how to join and phone. No map. */
export default async function PrintShortlistPage({ searchParams }: Props) {
  const params = await searchParams;
  const ids = params.ids !== undefined ? parseShortlistIds(params.ids) : await readShortlistIds();
  const listings = await readPublicListings({ ids });
  const base = appOrigin();
  const credits = sourceCredits(listings);
  return (
    <div data-print-page className="max-w-3xl text-heading-s">
      <div className="mb-6 flex flex-wrap items-center gap-4" data-print="hide">
        <PrintButton />
        <Link href={shortlistPath(listings.map((l) => l.id))}>Back to the shortlist</Link>
      </div>
      <h1 className="mb-2 text-heading-l font-bold">Activities to try</h1>
      <p className="mb-6">
        From the West Yorkshire Creative Health Directory, {formatDay(londonNow(new Date()).date)}. Details can change: check with the group
        before you go. In brackets: where each detail comes from (“confirmed” by the people who run it or our moderators; “from open data”
        or “usual for …” when nobody has checked).
      </p>
      {listings.length === 0 ? (
        <p>
          There is nothing on this shortlist. <Link href="/search">Search for activities</Link>.
        </p>
      ) : (
        <ol className="space-y-6">
          {listings.map((l, i) => (
            <li key={l.id} className="border-t-2 border-ink pt-3">
              <h2 className="mb-2 text-heading-m font-bold">
                {i + 1}. {l.name}
              </h2>
              <FactList listing={l} className="grid-cols-[max-content_1fr]" />
            </li>
          ))}
        </ol>
      )}
      <p className="mt-8 border-t-2 border-ink pt-3">
        This list online: <span className="break-all">{`${base}${shortlistPath(listings.map((l) => l.id))}`}</span>
      </p>
      {credits.length ? <p className="mt-2 text-small">Some details come from: {credits.join("; ")}.</p> : null}
    </div>
  );
}
