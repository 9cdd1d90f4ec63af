import { z } from "zod";
import { placeCodes } from "@/lib/places";
import { parsePostcodeQuery } from "@/lib/postcode";
import { DEFAULT_RADIUS_KM, TIMES_OF_DAY, type TimeOfDay } from "@/lib/search/search-choices";
import { accessTypeCodes, attendingTypeCodes, codesOf, WEEKDAYS } from "@/lib/vocabulary";

// The search as it lives in the URL (/search?q=&postcode=&radius=&place=&ward=&category=…&need=…&page=). Bookmarks,
// shared links and other tools rely on these names, so they never change. One schema serves the filter form,
// the page and the use case; `parseSearchParams` never throws: nonsense is dropped with a message saying so.

export { DEFAULT_RADIUS_KM, RADIUS_CHOICES_KM, TIMES_OF_DAY, type TimeOfDay } from "@/lib/search/search-choices";
export const PAGE_SIZE = 20;
export const MAX_PAGE = 500;

const timeCodes = TIMES_OF_DAY.map((t) => t.code) as [TimeOfDay, ...TimeOfDay[]];

export type DaySlug = (typeof WEEKDAYS)[number]["slug"];
const daySlugs = WEEKDAYS.map((d) => d.slug) as [DaySlug, ...DaySlug[]];

/** West, south, east, north in degrees: the map's visible area ("Search this area"). */
export type Bbox = { west: number; south: number; east: number; north: number };

const TRUE: readonly string[] = ["1", "true", "on", "yes"];
const FLAGS = ["1", "true", "on", "yes", "0", "false", "off", "no"] as const;

/** A query value as a trimmed string; blank means "not given". Repeated single-valued keys keep the first. */
function firstValue(value: unknown): unknown {
  const v = Array.isArray(value) ? value[0] : value;
  if (typeof v !== "string") return v;
  const trimmed = v.trim();
  return trimmed === "" ? undefined : trimmed;
}

function allValues(value: unknown): unknown {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => (typeof v === "string" ? v.trim() : v)).filter((v) => v !== "");
}

const one = <T extends z.ZodType>(schema: T) => z.preprocess(firstValue, schema.optional());
const many = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    allValues,
    z
      .array(schema)
      .max(30, "Choose up to 30")
      .transform((list) => [...new Set(list)]),
  );

const flag = (field: string) =>
  z
    .string()
    .toLowerCase()
    .pipe(z.enum(FLAGS, { error: `“${field}” must be on or off, so we ignored it` }))
    .transform((v) => TRUE.includes(v));

const unknownCode = (what: string) => (issue: { input?: unknown }) =>
  `We do not know the ${what} “${String(issue.input).slice(0, 40)}”, so we ignored it`;

const bboxSchema = z.string().transform((s, ctx) => {
  const parts = s.split(",").map((p) => Number(p));
  const [west, south, east, north] = parts;
  const ok =
    parts.length === 4 &&
    parts.every(Number.isFinite) &&
    west! >= -8 &&
    east! <= 2 &&
    south! >= 49 &&
    north! <= 61 &&
    west! < east! &&
    south! < north! &&
    east! - west! <= 3 &&
    north! - south! <= 2;
  if (!ok) {
    ctx.addIssue({ code: "custom", message: "We could not use that map area, so we searched without it" });
    return z.NEVER;
  }
  const r = (n: number) => Math.round(n * 1e5) / 1e5;
  return { west: r(west!), south: r(south!), east: r(east!), north: r(north!) } satisfies Bbox;
});

export const searchParamsSchema = z.object({
  q: one(z.string().max(200, "Search words must be 200 characters or fewer")),
  postcode: one(
    z
      .string()
      .max(10, "Enter a full postcode, like BD7 1DP, or a postcode district, like BD7")
      .transform((s, ctx) => {
        const parsed = parsePostcodeQuery(s);
        if (!parsed) {
          ctx.addIssue({ code: "custom", message: "Enter a full postcode, like BD7 1DP, or a postcode district, like BD7" });
          return z.NEVER;
        }
        return parsed.kind === "postcode" ? parsed.postcode : parsed.outcode;
      }),
  ),
  radius: one(
    z.coerce
      .number({ error: "Distance must be a number of kilometres, like 2" })
      .min(0.5, "Distance must be at least 0.5 km")
      .max(50, "Distance must be 50 km or less"),
  ),
  place: one(z.enum(placeCodes, { error: unknownCode("place") })),
  ward: one(z.string().regex(/^E05\d{6}$/, "We do not know that ward, so we ignored it")),
  category: many(z.enum(codesOf("category"), { error: unknownCode("category") })),
  day: one(z.enum(daySlugs, { error: unknownCode("day") })),
  time: one(z.enum(timeCodes, { error: unknownCode("time of day") })),
  free: one(flag("Free only")),
  age: one(
    z.coerce
      .number({ error: "Age must be a whole number, like 67" })
      .int("Age must be a whole number, like 67")
      .min(0, "Age must be 0 or more")
      .max(120, "Age must be 120 or less"),
  ),
  audience: many(z.enum(codesOf("audience"), { error: unknownCode("audience") })),
  /** "Helps with": the need vocabulary the listing form asks providers for. */
  need: many(z.enum(codesOf("need"), { error: unknownCode("need") })),
  accessibility: many(z.enum(codesOf("accessibility"), { error: unknownCode("accessibility feature") })),
  attendance: many(z.enum(attendingTypeCodes, { error: unknownCode("way of taking part") })),
  access: many(z.enum(accessTypeCodes, { error: unknownCode("way of joining") })),
  unverified: one(flag("Include listings not yet verified")),
  bbox: one(bboxSchema),
  page: one(z.coerce.number({ error: "We could not find that page of results, so we show the first" }).int().min(1).max(MAX_PAGE)),
});

type Parsed = z.infer<typeof searchParamsSchema>;

/** A search with defaults applied: what the page, the URL builder and the use case share. */
export type SearchQuery = Omit<Parsed, "free" | "unverified" | "page" | "radius"> & {
  free: boolean;
  /** On by default while most listings are imported. */
  unverified: boolean;
  page: number;
  /** Kilometres; set whenever a postcode is. */
  radius: number | undefined;
};

export type SearchProblem = { field: keyof Parsed; message: string };

export const SEARCH_KEYS = Object.keys(searchParamsSchema.shape) as Array<keyof Parsed>;
const ARRAY_KEYS = new Set<keyof Parsed>(["category", "audience", "need", "accessibility", "attendance", "access"]);

/**
 * Reads a search from query parameters (Next's `searchParams`, or any record). Never throws: each value the
 * schema rejects is dropped (for repeatable filters, only the bad entries) and reported as a problem, and the
 * rest of the search still runs.
 */
export function parseSearchParams(raw: Record<string, unknown>): { query: SearchQuery; problems: SearchProblem[] } {
  const input: Record<string, unknown> = {};
  for (const key of SEARCH_KEYS) {
    if (raw[key] !== undefined) input[key] = ARRAY_KEYS.has(key) ? allValues(raw[key]) : raw[key];
  }
  const problems: SearchProblem[] = [];
  for (let attempt = 0; attempt <= SEARCH_KEYS.length; attempt++) {
    const result = searchParamsSchema.safeParse(input);
    if (result.success) return { query: withDefaults(result.data), problems };
    const dropped = new Map<string, Set<number>>();
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? "");
      if (!(key in input)) continue;
      if (!problems.some((p) => p.field === key && p.message === issue.message))
        problems.push({ field: key as keyof Parsed, message: issue.message });
      const index = issue.path[1];
      const set = dropped.get(key) ?? new Set<number>();
      if (typeof index === "number" && Array.isArray(input[key])) set.add(index);
      else set.add(-1);
      dropped.set(key, set);
    }
    for (const [key, indexes] of dropped) {
      if (indexes.has(-1)) delete input[key];
      else input[key] = (input[key] as unknown[]).filter((_, i) => !indexes.has(i));
    }
  }
  return { query: withDefaults(searchParamsSchema.parse({})), problems };
}

function withDefaults(p: Parsed): SearchQuery {
  return {
    ...p,
    free: p.free ?? false,
    unverified: p.unverified ?? true,
    page: p.page ?? 1,
    radius: p.postcode ? (p.radius ?? DEFAULT_RADIUS_KM) : undefined,
  };
}

/** True when the search asks for something; an empty search shows a prompt instead of every listing. */
export function hasCriteria(q: SearchQuery): boolean {
  return Boolean(
    q.q ||
    q.postcode ||
    q.place ||
    q.ward ||
    q.bbox ||
    q.day ||
    q.time ||
    q.free ||
    q.age !== undefined ||
    q.category.length ||
    q.audience.length ||
    q.need.length ||
    q.accessibility.length ||
    q.attendance.length ||
    q.access.length ||
    !q.unverified,
  );
}
