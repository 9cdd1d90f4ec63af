import { z } from "zod";
import { placeCodes, type PlaceCode } from "@/lib/places";
import { codesOf } from "@/lib/vocabulary";

// The /insights filters live in the URL (shareable, bookmarkable, work without JavaScript). The page, the CSV
// route handlers and the map island all read them through this one schema.

/** provision: listings per head; deprivation: IMD fifths; combined: the most deprived fifth against the lowest provision fifth. */
export const MAP_VIEWS = ["provision", "deprivation", "combined"] as const;
export type MapView = (typeof MAP_VIEWS)[number];

export const insightsQuerySchema = z.object({
  category: z.enum(codesOf("category")).optional(),
  place: z.enum(placeCodes).optional(),
  /** The checkbox posts "1"; a hand-written URL may say true/yes/on. */
  verified: z
    .enum(["1", "true", "yes", "on"])
    .optional()
    .transform((v) => v !== undefined),
  map: z.enum(MAP_VIEWS).default("provision"),
});

export type InsightsFilters = {
  /** A category code, or undefined for every listing. */
  category?: string | undefined;
  place?: PlaceCode | undefined;
  verifiedOnly: boolean;
  map: MapView;
};

export const DEFAULT_FILTERS: InsightsFilters = { verifiedOnly: false, map: "provision" };

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;
type Field = keyof z.input<typeof insightsQuerySchema>;
const FIELDS: readonly Field[] = ["category", "place", "verified", "map"];

const notices: Record<Field, (value: string) => string> = {
  category: (v) => `There is no category called “${v}”, so every category is counted.`,
  place: (v) => `“${v}” is not a West Yorkshire place, so all of West Yorkshire is shown.`,
  verified: (v) => `“${v}” is not a choice for “verified listings only”, so all published listings are counted.`,
  map: (v) => `“${v}” is not a map view, so the map shows listings per 10,000 residents.`,
};

function first(raw: RawParams, key: string): string | undefined {
  const value = raw instanceof URLSearchParams ? (raw.get(key) ?? undefined) : raw[key];
  const one = Array.isArray(value) ? value[0] : value;
  const trimmed = one?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * Reads the filters from a query string. Never throws: a value that is not understood is dropped (the default
 * applies) and reported in `notices` so the page can say what it ignored. Unknown parameters are ignored.
 */
export function parseInsightsQuery(raw: RawParams): { filters: InsightsFilters; notices: string[] } {
  const input: Partial<Record<Field, string>> = {};
  for (const field of FIELDS) {
    const value = first(raw, field);
    if (value !== undefined) input[field] = value;
  }
  const reported: string[] = [];
  let parsed = insightsQuerySchema.safeParse(input);
  if (!parsed.success) {
    for (const field of new Set(parsed.error.issues.map((i) => i.path[0] as Field))) {
      reported.push(notices[field](shorten(input[field] ?? "")));
      delete input[field];
    }
    parsed = insightsQuerySchema.safeParse(input);
  }
  const data = parsed.success ? parsed.data : { verified: false, map: "provision" as const };
  return {
    filters: { category: data.category, place: data.place, verifiedOnly: data.verified, map: data.map },
    notices: reported,
  };
}

function shorten(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/** The query string for these filters ("" when all are defaults), e.g. for CSV links and the map switch. */
export function insightsQueryString(filters: InsightsFilters): string {
  const params = new URLSearchParams();
  if (filters.category) params.set("category", filters.category);
  if (filters.place) params.set("place", filters.place);
  if (filters.verifiedOnly) params.set("verified", "1");
  if (filters.map !== "provision") params.set("map", filters.map);
  const query = params.toString();
  return query ? `?${query}` : "";
}
