import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { HistoryList } from "@/components/moderation/history-list";
import { NotificationBanner, PageHeading, SummaryList, type SummaryRow } from "@/components/ui";
import { provenanceText, type FactKind } from "@/lib/fact-provenance";
import { accessText, attendanceText, costText, sessionLine, termNames } from "@/lib/listing-words";
import { queueFilterSchema } from "@/lib/validation/moderation";
import { requireRole } from "@/server/auth/permissions";
import { getListingHistory } from "@/server/moderation/get-listing-history";
import { getVerificationCheck, type VerificationCheck } from "@/server/moderation/get-verification-check";
import { DoneBanner } from "../../_components/done-banner";
import { CheckForm } from "./check-form";

export const metadata: Metadata = { title: "Check a listing" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One listing of the verify queue on one screen: how to reach the venue, each fact to confirm with where it came from, three outcomes. */
export default async function VerifyCheckPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireRole("moderator", `/moderate/verify/${id}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const query = await searchParams;
  const { place } = queueFilterSchema.parse(query);
  const back = place ? `/moderate/verify?place=${place}` : "/moderate/verify";
  const [check, history] = await Promise.all([getVerificationCheck({ serviceId: id }, user), getListingHistory(id, user)]);
  if (!check) {
    return (
      <>
        <PageHeading caption="Verify">This listing is not live</PageHeading>
        <p className="mb-6">It may have been archived or merged since the queue was shown.</p>
        <Link href={back}>Back to the listings to verify</Link>
      </>
    );
  }
  const { listing } = check;
  return (
    <>
      <PageHeading caption="Verify">{listing.name}</PageHeading>
      <DoneBanner done={query.done} />
      {check.awaiting ? null : (
        <NotificationBanner title="Not waiting to be verified">
          <p>Someone has verified it, it is out of date, or a provider now manages it. You can still record a check.</p>
        </NotificationBanner>
      )}
      <section aria-labelledby="reach" className="mb-8">
        <h2 id="reach" className="mb-2 text-heading-m font-bold">
          Where it is and how to reach it
        </h2>
        <SummaryList className="mb-0" rows={reachRows(listing)} />
      </section>
      <section aria-labelledby="facts" className="mb-8">
        <h2 id="facts" className="mb-2 text-heading-m font-bold">
          Facts to confirm
        </h2>
        <SummaryList className="mb-0" rows={factRows(check)} />
      </section>
      <section aria-labelledby="check-outcome" className="mb-10 max-w-measure">
        <h2 id="check-outcome" className="mb-4 text-heading-l font-bold">
          Record the check
        </h2>
        <CheckForm serviceId={listing.id} version={check.version} place={place} />
      </section>
      <section aria-labelledby="history" className="mb-10">
        <h2 id="history" className="mb-4 text-heading-m font-bold">
          History
        </h2>
        <HistoryList entries={history} />
      </section>
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <Link href={back}>Back to the listings to verify</Link>
        <Link href={`/moderate/listings/${listing.id}`}>All details, duplicates and merging</Link>
      </p>
    </>
  );
}

type Listing = VerificationCheck["listing"];

function reachRows(listing: Listing): SummaryRow[] {
  const phones = [...new Set([...listing.phones, ...listing.contacts.flatMap((c) => c.phones)])];
  const emails = [...new Set([listing.email, ...listing.contacts.map((c) => c.email)].filter((e): e is string => Boolean(e)))];
  const website = listing.url ?? listing.organisation?.website ?? null;
  const none = <span className="text-muted">None given</span>;
  return [
    {
      key: listing.venues.length > 1 ? "Venues" : "Venue",
      value: listing.venues.length
        ? listing.venues.map((v) => (
            <p key={v.id}>{[v.name, ...(v.address?.lines ?? []), v.address?.postcode, v.area].filter(Boolean).join(", ")}</p>
          ))
        : none,
    },
    {
      key: "Phone",
      value: phones.length
        ? phones.map((p) => (
            <p key={p}>
              <a href={`tel:${p.replace(/[^+\d]/g, "")}`}>{p}</a>
            </p>
          ))
        : none,
    },
    {
      key: "Email",
      value: emails.length
        ? emails.map((e) => (
            <p key={e}>
              <a href={`mailto:${e}`}>{e}</a>
            </p>
          ))
        : none,
    },
    {
      key: "Website",
      value: website ? (
        <a href={website} rel="noreferrer nofollow" target="_blank" className="break-all">
          {website}
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      ) : (
        none
      ),
    },
  ];
}

function factRows({ listing, facts }: VerificationCheck): SummaryRow[] {
  const accessibility = [...new Set(listing.venues.flatMap((v) => termNames("accessibility", v.accessibility)))];
  const fact = (kind: FactKind, label: string, value: string | string[] | null): SummaryRow => {
    const values = [value ?? []].flat();
    return {
      key: label,
      value: (
        <>
          {values.length ? values.map((v) => <p key={v}>{v}</p>) : <p>Not stated</p>}
          <p className="text-small text-muted">{facts[kind] ? `Currently ${provenanceText(facts[kind])}.` : "Not stated yet."}</p>
        </>
      ),
    };
  };
  return [
    fact(
      "schedule",
      "Days and times",
      listing.sessions.map((s) => sessionLine(s, listing.venues.length > 1 ? s.venueName : null)),
    ),
    fact("cost", "Cost", facts.cost ? costText(listing.isFree, listing.fees) : null),
    fact(
      "access",
      "How to join",
      [accessText(listing.accessTypes), attendanceText(listing.attendingTypes)].filter((t): t is string => Boolean(t)),
    ),
    fact("accessibility", "Accessibility", accessibility),
  ];
}
