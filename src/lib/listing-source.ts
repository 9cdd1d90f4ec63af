// Where an imported listing came from, in words, with its licence and a link to the original record, so a
// listing page can credit the source as its licence requires (see /about/data and ADR 0003).
import { dataSourceOf, orukFeedName, orukFeedOf } from "@/lib/data-sources";
import { factSourceName, kindOfPlaceWords, type FactKind, type FactProvenance } from "@/lib/fact-provenance";

/** `fetched`: which edition of the source the directory read (data/west-yorkshire/README.md). */
export type ListingSource = { code: string; name: string; licence: string; link: string | null; fetched: string | null };

const LICENCES: Record<string, string> = {
  "ODbL-1.0": "Open Database Licence (ODbL) 1.0, © OpenStreetMap contributors",
  "CC-BY-4.0": "Creative Commons Attribution 4.0 (CC BY 4.0)",
};

/** The licence each import source's records carry (the seed's readers), for records merged into a listing. */
const SOURCE_LICENCES: Record<string, string> = { osm: "ODbL-1.0", "mapping-museums": "CC-BY-4.0" };

/** Null for listings a provider wrote here (they are not imported). */
export function listingSource(source: string, sourceId: string | null, licence: string | null): ListingSource | null {
  const credit = creditOf(source, sourceId, licence);
  return credit && { ...credit, fetched: FETCHED[source] ?? null };
}

const FETCHED: Record<string, string> = {
  osm: "extract of July 2023",
  "mapping-museums": "snapshot of September 2021",
  "libraries-hacked": "2023 list",
};

/**
 * Every open-data record behind an imported listing: its own record, then the records merged into it (ADR 0003:
 * `other_sources`, `osm:node/29058588`), one credit per record, in that order.
 */
export function listingSources(
  own: { source: string; sourceId: string | null; licence: string | null },
  otherSources: readonly string[],
): ListingSource[] {
  const others = otherSources.map((key) => {
    const at = key.indexOf(":");
    const source = at > 0 ? key.slice(0, at) : key;
    return listingSource(source, at > 0 ? key.slice(at + 1) : null, SOURCE_LICENCES[source] ?? null);
  });
  return [listingSource(own.source, own.sourceId, own.licence), ...others].filter((c): c is ListingSource => c !== null);
}

function creditOf(source: string, sourceId: string | null, licence: string | null): Omit<ListingSource, "fetched"> | null {
  if (source === "provider") return null;
  const words = licence ? (LICENCES[licence] ?? licence) : "Licence not stated";
  const feed = orukFeedOf(source);
  if (feed) return { code: source, name: orukFeedName(feed), licence: words, link: orukRecordLink(feed, sourceId) };
  switch (source) {
    case "osm":
      return {
        code: source,
        name: "OpenStreetMap",
        licence: words,
        link: sourceId && /^(node|way|relation)\/\d+$/.test(sourceId) ? `https://www.openstreetmap.org/${sourceId}` : null,
      };
    case "mapping-museums":
      return { code: source, name: "Mapping Museums project, Birkbeck, University of London", licence: words, link: null };
    case "libraries-hacked":
      return { code: source, name: "LibrariesHacked public libraries data", licence: words, link: null };
    default:
      return { code: source, name: source, licence: words, link: null };
  }
}

/** The feed's own record of the service; none for a file. Local feeds (a test instance) are served over http. */
function orukRecordLink(feed: string, sourceId: string | null): string | null {
  if (!sourceId || feed.startsWith("file:")) return null;
  const scheme = /^(localhost|127\.|\[::1\])/.test(feed) ? "http" : "https";
  return `${scheme}://${feed.replace(/\/+$/, "")}/services/${encodeURIComponent(sourceId)}`;
}

const FACT_WORDS: Record<FactKind, string> = {
  schedule: "opening hours and sessions",
  cost: "cost",
  access: "how to join",
  accessibility: "accessibility",
  contact: "contact details",
};

export type FactSourceCredit = { name: string; licence: string | null; facts: string };

/**
 * Where each of a listing's facts came from, one line per source: the open data sources with their licence,
 * the provider's or a moderator's confirmation, and what is only usual for its kind of place (no source).
 */
export function factSourceCredits(
  facts: readonly FactProvenance[],
  /** Licences known per source code (an Open Referral feed's licence is the listing's own). */
  licences: Readonly<Record<string, string | null>> = {},
): FactSourceCredit[] {
  const bySource = new Map<string, FactKind[]>();
  const add = (key: string, kind: FactKind) => bySource.set(key, [...(bySource.get(key) ?? []), kind]);
  for (const f of facts) {
    if (f.state === "usual") add(`usual:${f.kindOfPlace ?? ""}`, f.fact);
    else if (f.state === "confirmed") add(f.sources.includes("provider") ? "provider" : "moderator", f.fact);
    else for (const code of f.sources) add(code, f.fact);
  }
  return [...bySource].map(([key, kinds]) => {
    const what = kinds.map((k) => FACT_WORDS[k]).join(", ");
    const facts = what.charAt(0).toUpperCase() + what.slice(1);
    if (key.startsWith("usual:"))
      return { name: `usual for ${kindOfPlaceWords(key.slice(6) || null)}, not from any source`, licence: null, facts };
    if (key === "provider") return { name: "the people who run it, through this directory", licence: null, facts };
    if (key === "moderator") return { name: "checked by one of our moderators", licence: null, facts };
    return { name: factSourceName(key), licence: licences[key] ?? dataSourceOf(key)?.licence ?? null, facts };
  });
}
