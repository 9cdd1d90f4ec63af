// Where an imported listing came from, in words, with its licence and a link to the original record, so a
// listing page can credit the source as its licence requires (see /about/data and ADR 0003).

export type ListingSource = { name: string; licence: string; link: string | null };

const LICENCES: Record<string, string> = {
  "ODbL-1.0": "Open Database Licence (ODbL) 1.0, © OpenStreetMap contributors",
  "CC-BY-4.0": "Creative Commons Attribution 4.0 (CC BY 4.0)",
};

/** Null for listings a provider wrote here (they are not imported). */
export function listingSource(source: string, sourceId: string | null, licence: string | null): ListingSource | null {
  if (source === "provider") return null;
  const words = licence ? (LICENCES[licence] ?? licence) : "Licence not stated";
  switch (source) {
    case "osm":
      return {
        name: "OpenStreetMap",
        licence: words,
        link: sourceId && /^(node|way|relation)\/\d+$/.test(sourceId) ? `https://www.openstreetmap.org/${sourceId}` : null,
      };
    case "mapping-museums":
      return { name: "Mapping Museums project, Birkbeck, University of London", licence: words, link: null };
    case "libraries-hacked":
      return { name: "LibrariesHacked public libraries data", licence: words, link: null };
    default:
      return { name: source, licence: words, link: null };
  }
}
