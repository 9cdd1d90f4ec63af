// Where each fact of a listing comes from, in words (docs/decisions/0009-fact-provenance.md). A fact is
// confirmed (by the provider or a moderator, with a date), imported from an open source (named, not
// confirmed), usual for its kind of place (never counted as verified), or not stated. Pure: the listing page,
// search, print and the verify queue use the same words.
import { formatDate } from "@/lib/dates";
import { orukFeedName, orukFeedOf } from "@/lib/data-sources";

export const FACT_KINDS = ["schedule", "cost", "access", "accessibility", "contact"] as const;
export type FactKind = (typeof FACT_KINDS)[number];
export type FactState = "confirmed" | "imported" | "usual";

export const KINDS_OF_PLACE = ["park", "nature_reserve", "garden", "library"] as const;
export type KindOfPlace = (typeof KINDS_OF_PLACE)[number];

export type FactProvenance = {
  fact: FactKind;
  state: FactState;
  /** imported: source codes; confirmed: "provider" or "moderator". */
  sources: string[];
  kindOfPlace: string | null;
  note: string | null;
  confirmedAt: Date | null;
};

const KIND_WORDS: Record<KindOfPlace, string> = {
  park: "a public park",
  nature_reserve: "a nature reserve",
  garden: "a public garden",
  library: "a public library",
};

const SOURCE_WORDS: Record<string, string> = {
  osm: "OpenStreetMap",
  "libraries-hacked-councils": "the council's library records, via Libraries Hacked",
  "libraries-hacked": "LibrariesHacked public libraries data",
  "mapping-museums": "the Mapping Museums project",
};

/** "OpenStreetMap", "the council's library records, via Libraries Hacked". */
export function factSourceName(code: string): string {
  const feed = orukFeedOf(code);
  if (feed) return orukFeedName(feed);
  return SOURCE_WORDS[code] ?? code;
}

export function kindOfPlaceWords(kind: string | null): string {
  return (kind && KIND_WORDS[kind as KindOfPlace]) || "this kind of place";
}

/** Only a human check counts: usual-for-its-kind and imported facts are never verified. */
export function isConfirmed(p: FactProvenance | null | undefined): boolean {
  return p?.state === "confirmed";
}

/**
 * Where a fact comes from, as a short clause: "confirmed by the provider on Tuesday 1 December 2026",
 * "from OpenStreetMap; not confirmed", "usual for a public park; not confirmed by the venue", "not stated".
 */
export function provenanceText(p: FactProvenance | null | undefined): string {
  if (!p) return "not stated";
  switch (p.state) {
    case "confirmed": {
      const who = p.sources.includes("provider") ? "the provider" : "a moderator";
      return p.confirmedAt ? `confirmed by ${who} on ${formatDate(p.confirmedAt)}` : `confirmed by ${who}`;
    }
    case "imported":
      return `from ${p.sources.map(factSourceName).join(" and ") || "open data"}; not confirmed`;
    case "usual":
      return `usual for ${kindOfPlaceWords(p.kindOfPlace)}; not confirmed by the venue`;
  }
}

/** What a stated cost is, without where it comes from: "Free to visit", "Free. Donations welcome", "£3 a session". */
export function costWords(isFree: boolean | null, fees: string | null, p: FactProvenance | null | undefined): string | null {
  if (isFree === null && !fees) return null;
  return isFree ? (p?.state === "usual" ? "Free to visit" : fees ? `Free. ${fees}` : "Free") : (fees ?? "There is a charge");
}

/** "Free to visit (usual for a public park; not confirmed by the venue)", "Free (confirmed by …)", or null when the cost is not stated. */
export function costWithProvenance(isFree: boolean | null, fees: string | null, p: FactProvenance | null | undefined): string | null {
  const what = p ? costWords(isFree, fees, p) : null;
  return what ? `${what} (${provenanceText(p)})` : null;
}

/** "Open access: no need to book" for a park, "Drop in: no need to book" for a library, or null when it is something else. */
export function accessWords(accessTypes: readonly string[], p: FactProvenance | null | undefined): string | null {
  if (!(accessTypes.includes("drop_in") && accessTypes.length === 1)) return null;
  const park = p?.kindOfPlace && p.kindOfPlace !== "library";
  return park ? "Open access: no need to book" : "Drop in: no need to book";
}

/** "Open access: go when it is open, no need to book (usual for a public park; …)", or null when not stated. */
export function accessWithProvenance(accessTypes: readonly string[], p: FactProvenance | null | undefined): string | null {
  if (!p || accessTypes.length === 0) return null;
  const what = accessWords(accessTypes, p);
  return what ? `${what} (${provenanceText(p)})` : null;
}

export const NOT_STATED_TEXT = "Not stated — ask them";

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The provenance of one fact as a sentence for the listing page: "Confirmed by the provider on …", "From
 * OpenStreetMap; not confirmed", "Usual for a public library; not confirmed by the venue", "Not stated — ask
 * them". A value with no provenance row (entered before provenance was kept) is "Not confirmed".
 */
export function factSourceText(p: FactProvenance | null | undefined, stated = Boolean(p)): string {
  if (p) return capitalised(provenanceText(p));
  return stated ? "Not confirmed" : NOT_STATED_TEXT;
}

/** The same, in a word or two for print and email: "confirmed", "from open data", "usual for a library", "not stated — ask them". */
export function factSourceLabel(p: FactProvenance | null | undefined, stated = Boolean(p)): string {
  if (!p) return stated ? "not confirmed" : "not stated — ask them";
  switch (p.state) {
    case "confirmed":
      return "confirmed";
    case "imported":
      return "from open data";
    case "usual":
      return `usual for ${kindOfPlaceWords(p.kindOfPlace).replace(/^a public /, "a ")}`;
  }
}
