import { verificationTag, type TagTone } from "@/components/ui";
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

/** One line of a result's facts; `unstated` shows the text in bold ("Not stated — ask them"). */
export type ResultFact = { term: string; text: string; unstated?: true; next?: string };

/**
 * A result as the words it shows, put together on the server. The list item is a client component given
 * only this: a server-rendered item costs the page its whole element tree again in the React payload.
 */
export type ResultView = {
  id: string;
  position: number;
  name: string;
  /** "Reading groups and library activities · Hunslet & Riverside, Leeds" */
  line: string;
  facts: ResultFact[];
  contact: { phone?: [href: string, text: string]; email?: string; website?: [href: string, text: string]; source: string } | null;
  tags: Array<[tone: TagTone, text: string]>;
};

/** The result's words for this search (`filters`: its fact filters, each saying where the fact comes from). */
export function resultView(result: SearchResult, now: Date, filters: readonly FactFilter[]): ResultView {
  const sessions = sortSessions(currentSessions(result.sessions, now));
  const next = nextSession(sessions, now);
  const area = [result.wardName, result.placeName].filter(Boolean).join(", ");
  const remote = result.lat === null ? attendanceText(result.attendingTypes) : null;
  const isUnstated = (f: FactFilter) => filters.includes(f) && result.unstated.includes(f);
  const source = (f: FactFilter) => {
    const p = filters.includes(f) ? result.statedFacts.find((x) => x.fact === f) : undefined;
    return p ? ` (${provenanceText(p)})` : "";
  };
  const fact = (term: string, f: FactFilter | null, text: () => string): ResultFact =>
    f && isUnstated(f) ? { term, text: UNSTATED_HEADING, unstated: true } : { term, text: text() };
  const cost = filters.includes("cost") ? result.statedFacts.find((x) => x.fact === "cost") : undefined;
  const facts: ResultFact[] = [];
  if (result.distanceM !== null)
    facts.push({ term: "Distance", text: distanceText(result.distanceM) + (result.venueCount > 1 ? " (nearest venue)" : "") });
  const when = fact("When", "schedule", () =>
    sessions.length
      ? sessions.slice(0, 3).map(sessionText).join("; ") + (sessions.length > 3 ? "; and more" : "") + source("schedule")
      : "Days and times not listed",
  );
  facts.push(next ? { ...when, next: nextSessionText(next, { year: false }) } : when);
  facts.push(
    fact("Cost", "cost", () => (cost && costWithProvenance(result.isFree, result.fees, cost)) ?? costText(result.isFree, result.fees)),
  );
  if (filters.includes("accessibility"))
    facts.push(
      fact("Accessibility", "accessibility", () => termNames("accessibility", result.accessibility).join(", ") + source("accessibility")),
    );
  if (filters.includes("access"))
    facts.push(fact("How to join", "access", () => `${accessText(result.accessTypes) ?? ""}${source("access")}`));
  const status = statusText(result.status);
  return {
    id: result.id,
    position: result.position,
    name: result.name,
    line: (termNames("category", result.categories).join(", ") || "Activity") + (area ? ` · ${area}` : remote ? ` · ${remote}` : ""),
    facts,
    contact: contactView(result.contact),
    tags: [
      verificationTag(result.verifiedAt),
      ...(result.staleSince ? [["yellow", "Not checked for over a year"] as [TagTone, string]] : []),
      ...(status ? [["red", status] as [TagTone, string]] : []),
    ],
  };
}

/** A phone number to ring during the call, else an email, else the website; with where it comes from. */
function contactView(contact: SearchResult["contact"]): ResultView["contact"] {
  const { phone, email, website } = contact;
  if (!phone && !email && !website) return null;
  return {
    ...(phone ? { phone: [telHref(phone), phone] as [string, string] } : {}),
    ...(email ? { email } : {}),
    ...(!phone && !email && website ? { website: [website, websiteLabel(website)] as [string, string] } : {}),
    source: ` (${factSourceLabel(contact.provenance, true)})`,
  };
}
