import Link from "next/link";
import type { ReactNode } from "react";
import { ShortlistButton } from "@/app/_components/shortlist-button";
import { Tag, VerificationTag } from "@/components/ui";
import { costWithProvenance, factSourceLabel, provenanceText } from "@/lib/fact-provenance";
import { telHref, websiteLabel } from "@/lib/external-url";
import {
  accessText,
  attendanceText,
  costText,
  distanceText,
  nextSessionText,
  sessionText,
  statusText,
  termNames,
} from "@/lib/listing-words";
import { currentSessions, nextSession, sortSessions } from "@/lib/schedule";
import { UNSTATED_HEADING, type FactFilter } from "@/lib/search/fact-filters";
import type { SearchResult } from "@/server/search/search-services";

type Props = {
  result: SearchResult;
  inShortlist: boolean;
  now: Date;
  /** The search's fact filters: each says where the fact comes from, or that the listing does not say. */
  filters: readonly FactFilter[];
};

/** One result: enough to decide whether to open it (what, where, how far, when, cost, checked). */
export function ResultItem({ result, inShortlist, now, filters }: Props) {
  const sessions = sortSessions(currentSessions(result.sessions, now));
  const next = nextSession(sessions, now);
  const status = statusText(result.status);
  const area = [result.wardName, result.placeName].filter(Boolean).join(", ");
  const remote = result.lat === null ? attendanceText(result.attendingTypes) : null;
  const unstated = (f: FactFilter) => (filters.includes(f) && result.unstated.includes(f) ? UNSTATED_HEADING : null);
  const source = (f: FactFilter) => {
    const p = filters.includes(f) ? result.statedFacts.find((x) => x.fact === f) : undefined;
    return p ? ` (${provenanceText(p)})` : "";
  };
  const cost = filters.includes("cost") ? result.statedFacts.find((x) => x.fact === "cost") : undefined;
  return (
    <li data-result-id={result.id} className="result">
      <span aria-hidden="true" className="result-number">
        {result.position}
      </span>
      <div className="result-body">
        <h3 className="text-heading-s font-bold">
          <Link href={`/services/${result.id}`}>{result.name}</Link>
        </h3>
        <p className="text-muted">
          {termNames("category", result.categories).join(", ") || "Activity"}
          {area ? ` · ${area}` : remote ? ` · ${remote}` : ""}
        </p>
        <dl className="result-facts">
          {result.distanceM !== null ? (
            <Fact term="Distance">
              {distanceText(result.distanceM)}
              {result.venueCount > 1 ? " (nearest venue)" : ""}
            </Fact>
          ) : null}
          <Fact term="When">
            {unstated("schedule") ? (
              <Unstated>{unstated("schedule")}</Unstated>
            ) : sessions.length ? (
              sessions.slice(0, 3).map(sessionText).join("; ") + (sessions.length > 3 ? "; and more" : "") + source("schedule")
            ) : (
              "Days and times not listed"
            )}
            {next ? <span className="block">Next: {nextSessionText(next, { year: false })}</span> : null}
          </Fact>
          <Fact term="Cost">
            {unstated("cost") ? (
              <Unstated>{unstated("cost")}</Unstated>
            ) : (
              ((cost && costWithProvenance(result.isFree, result.fees, cost)) ?? costText(result.isFree, result.fees))
            )}
          </Fact>
          {filters.includes("accessibility") ? (
            <Fact term="Accessibility">
              {unstated("accessibility") ? (
                <Unstated>{unstated("accessibility")}</Unstated>
              ) : (
                termNames("accessibility", result.accessibility).join(", ") + source("accessibility")
              )}
            </Fact>
          ) : null}
          {filters.includes("access") ? (
            <Fact term="How to join">
              {unstated("access") ? (
                <Unstated>{unstated("access")}</Unstated>
              ) : (
                `${accessText(result.accessTypes) ?? ""}${source("access")}`
              )}
            </Fact>
          ) : null}
          <Fact term="Get in touch">
            <Contact contact={result.contact} name={result.name} />
          </Fact>
        </dl>
        <p className="flex flex-wrap gap-2">
          <VerificationTag verifiedAt={result.verifiedAt} />
          {result.staleSince ? <Tag tone="yellow">Not checked for over a year</Tag> : null}
          {status ? <Tag tone="red">{status}</Tag> : null}
        </p>
        <ShortlistButton serviceId={result.id} name={result.name} inShortlist={inShortlist} />
      </div>
    </li>
  );
}

/** A phone number to ring during the call, else an email, else the website; with where it comes from. */
function Contact({ contact, name }: { contact: SearchResult["contact"]; name: string }) {
  const { phone, email, website } = contact;
  if (!phone && !email && !website) return <>No contact details listed: open the listing to see how to join</>;
  const source = ` (${factSourceLabel(contact.provenance, true)})`;
  return (
    <>
      {phone ? (
        <a href={telHref(phone)} aria-label={`Phone ${name}: ${phone}`}>
          {phone}
        </a>
      ) : null}
      {phone && email ? " · " : null}
      {email ? (
        <a href={`mailto:${email}`} className="break-all">
          {email}
        </a>
      ) : null}
      {!phone && !email && website ? (
        <a href={website} className="break-all" aria-label={`Website of ${name}: ${websiteLabel(website)}`}>
          {websiteLabel(website)}
        </a>
      ) : null}
      {source}
    </>
  );
}

function Unstated({ children }: { children: ReactNode }) {
  return <strong className="font-bold">{children}</strong>;
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}
