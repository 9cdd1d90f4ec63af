// The facts an imported listing states, each with its provenance (ADR 0009): opening hours, cost, how to get
// in, accessibility and contact from the councils' library records and OpenStreetMap tags, and what is
// usual for its kind of place (a public park is free and open access; a public library is free, drop in).
// Pure: load-facts.ts writes them.
import { absoluteWebsite } from "@/lib/external-url";
import type { FactKind, KindOfPlace } from "@/lib/fact-provenance";
import { clean, type AssetCandidate } from "./asset-candidate";
import { parseOpeningHours, type OpeningRow } from "./parse-opening-hours";
import type { CsvRow } from "./read-csv";
import { LIBRARY_HOURS_SOURCE, type LibraryRecord } from "./read-library-hours";
import { LIBRARIES_SOURCE } from "./read-libraries";
import { OSM_SOURCE } from "./read-osm-assets";

export type FactValue =
  | { fact: "schedule"; rows: OpeningRow[] }
  | { fact: "cost"; isFree: boolean | null; fees: string | null }
  | { fact: "access"; accessTypes: string[] }
  | { fact: "accessibility"; codes: string[] }
  | { fact: "contact"; phone: string | null; email: string | null; url: string | null };

export type AssetFact = {
  fact: FactKind;
  state: "imported" | "usual";
  sources: string[];
  kindOfPlace: KindOfPlace | null;
  value: FactValue;
  note: string | null;
};

export type OpeningHoursTally = { parsed: number; keptAsText: number };

const NOT_PUBLIC = new Set(["private", "no", "customers", "members", "permit", "delivery"]);
const GREEN: Record<string, KindOfPlace> = { park: "park", nature_reserve: "nature_reserve", garden: "garden" };

/** The OSM tags of a record and of the OSM records merged into it, its own first. */
function osmTagsOf(asset: AssetCandidate, tags: Map<string, CsvRow>): CsvRow[] {
  const ids = [
    ...(asset.source === OSM_SOURCE ? [asset.sourceId] : []),
    ...asset.mergedFrom.filter((m) => m.startsWith(`${OSM_SOURCE}:`)).map((m) => m.slice(4)),
  ];
  return ids.flatMap((id) => {
    const row = tags.get(id);
    return row ? [row] : [];
  });
}

const first = (rows: CsvRow[], ...keys: string[]) => {
  for (const row of rows)
    for (const key of keys) {
      const v = clean(row[key]);
      if (v) return v;
    }
  return null;
};

const phoneOf = (value: string | null) => {
  const one = value?.split(/[;,]/)[0]?.trim() ?? "";
  return /^\+?[0-9 ()-]{10,20}$/.test(one) ? one : null;
};
const emailOf = (value: string | null) => {
  const one = value?.split(/[;,]/)[0]?.trim().toLowerCase() ?? "";
  return /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/.test(one) ? one : null;
};

/** An OSM address from addr:* tags, for venues whose record has none. */
export function osmAddress(asset: AssetCandidate, tags: Map<string, CsvRow>) {
  const rows = osmTagsOf(asset, tags);
  const street = first(rows, "addr:street");
  const number = first(rows, "addr:housenumber");
  return {
    address1: street ? [number, street].filter(Boolean).join(" ") : null,
    city: first(rows, "addr:city"),
    postcode: first(rows, "addr:postcode"),
  };
}

export function assetFacts(
  asset: AssetCandidate,
  sources: { libraryRecord: LibraryRecord | null; tags: Map<string, CsvRow> },
  tally: OpeningHoursTally,
): { facts: AssetFact[]; url: string | null } {
  const facts: AssetFact[] = [];
  const osm = osmTagsOf(asset, sources.tags);
  const lib = asset.source === LIBRARIES_SOURCE ? sources.libraryRecord : null;
  const imported = (value: FactValue, from: string[], note: string | null = null) =>
    facts.push({ fact: value.fact, state: "imported", sources: from, kindOfPlace: null, value, note });
  const usual = (value: FactValue, kind: KindOfPlace) =>
    facts.push({ fact: value.fact, state: "usual", sources: [], kindOfPlace: kind, value, note: null });

  // Days and times: the council's staffed hours for a library, else OpenStreetMap's opening_hours.
  const hoursTag = first(osm, "opening_hours");
  const parsedTag = hoursTag ? parseOpeningHours(hoursTag) : null;
  if (parsedTag) tally[parsedTag.kind === "weekly" ? "parsed" : "keptAsText"]++;
  if (lib && lib.hours.length > 0) {
    imported(
      { fact: "schedule", rows: lib.hours },
      [LIBRARY_HOURS_SOURCE],
      lib.hoursText.length ? `Also: ${lib.hoursText.join("; ")}` : null,
    );
  } else if (parsedTag?.kind === "weekly") {
    imported({ fact: "schedule", rows: parsedTag.rows }, [OSM_SOURCE], parsedTag.note ?? null);
  } else if (parsedTag?.kind === "text") {
    imported({ fact: "schedule", rows: [] }, [OSM_SOURCE], `Opening hours: ${parsedTag.text}`);
  }

  // Cost and access: what OSM says wins over what is usual for the kind of place.
  const access = first(osm, "access");
  const isPublic = !access || !NOT_PUBLIC.has(access.toLowerCase());
  const kind: KindOfPlace | null = asset.source === LIBRARIES_SOURCE ? "library" : isPublic ? (GREEN[asset.group] ?? null) : null;
  const fee = first(osm, "fee", "charge")?.toLowerCase() ?? null;
  if (fee === "no") imported({ fact: "cost", isFree: true, fees: null }, [OSM_SOURCE]);
  else if (fee === "yes") imported({ fact: "cost", isFree: false, fees: "There is a charge (ask for prices)" }, [OSM_SOURCE]);
  else if (kind) usual({ fact: "cost", isFree: true, fees: null }, kind);
  if (kind) usual({ fact: "access", accessTypes: ["drop_in"] }, kind);

  // Accessibility: wheelchair=yes → step-free; limited/no are said in words.
  const wheelchair = first(osm, "wheelchair")?.toLowerCase() ?? null;
  const toilets = first(osm, "toilets:wheelchair")?.toLowerCase() ?? null;
  const codes = [
    ...(wheelchair === "yes" ? ["step-free-access"] : []),
    ...(toilets === "yes" || toilets === "designated" ? ["accessible-toilet"] : []),
  ];
  const notes = [
    wheelchair === "limited" ? "Limited wheelchair access" : wheelchair === "no" ? "Not wheelchair accessible" : null,
    toilets === "no" ? "No wheelchair-accessible toilet" : null,
  ].filter(Boolean);
  if (codes.length || notes.length) imported({ fact: "accessibility", codes }, [OSM_SOURCE], notes.length ? `${notes.join(". ")}.` : null);

  // Contact: the council's web page and email for a library; phone (and what else is missing) from OSM.
  const url = absoluteWebsite(lib?.url) ?? absoluteWebsite(first(osm, "website", "contact:website", "url")) ?? absoluteWebsite(asset.url);
  const email = lib?.email ?? emailOf(first(osm, "email", "contact:email"));
  const phone = phoneOf(first(osm, "phone", "contact:phone"));
  if (url || email || phone) {
    const from = [
      ...(lib && (lib.email || absoluteWebsite(lib.url)) ? [LIBRARY_HOURS_SOURCE] : []),
      ...(phone || (url && url !== absoluteWebsite(lib?.url)) || (email && email !== lib?.email) ? [OSM_SOURCE] : []),
    ];
    imported({ fact: "contact", phone, email, url }, from.length ? from : [asset.source]);
  }
  return { facts, url };
}
