// Where each fact of a listing comes from, in words (docs/decisions/0009-fact-provenance.md). A fact is
// confirmed (by the provider or a moderator, with a date), imported from an open source (named, not
// confirmed), usual for its kind of place (never counted as verified), or not stated. Pure: the listing page,
// search, print and the verify queue use the same words.
import { formatDate } from "@/lib/dates";

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
  "libraries-hacked-councils": "the council's library records (Libraries Hacked)",
  "libraries-hacked": "LibrariesHacked public libraries data",
  "mapping-museums": "the Mapping Museums project",
};

/** "OpenStreetMap", "the council's library records (Libraries Hacked)". */
export function factSourceName(code: string): string {
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

/** "Free to visit (usual for a public park; not confirmed by the venue)", "Free (confirmed by …)", or null when the cost is not stated. */
export function costWithProvenance(isFree: boolean | null, fees: string | null, p: FactProvenance | null | undefined): string | null {
  if (!p || (isFree === null && !fees)) return null;
  const what = isFree ? (p.state === "usual" ? "Free to visit" : fees ? `Free. ${fees}` : "Free") : (fees ?? "There is a charge");
  return `${what} (${provenanceText(p)})`;
}

/** "Open access: go when it is open, no need to book (usual for a public park; …)", or null when not stated. */
export function accessWithProvenance(accessTypes: readonly string[], p: FactProvenance | null | undefined): string | null {
  if (!p || accessTypes.length === 0) return null;
  const park = p.kindOfPlace && p.kindOfPlace !== "library";
  const what =
    accessTypes.includes("drop_in") && accessTypes.length === 1
      ? park
        ? "Open access: no need to book"
        : "Drop in: no need to book"
      : null;
  return what ? `${what} (${provenanceText(p)})` : null;
}
