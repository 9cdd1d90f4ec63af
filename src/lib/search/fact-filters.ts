import { TIMES_OF_DAY } from "@/lib/validation/search";
import { ACCESS_TYPES, WEEKDAYS, termName } from "@/lib/vocabulary";

// Filters on facts a listing may not state (cost, days and times, accessibility, how to join): a stated
// match comes first, a listing that does not say comes after, under "Not stated — ask them", and a stated
// mismatch is left out (docs/decisions/0010-search.md). The words for them, in one place.

export const FACT_FILTERS = ["cost", "schedule", "accessibility", "access"] as const;
export type FactFilter = (typeof FACT_FILTERS)[number];

/** What each group holds: stated matches confirmed by a person, stated by open data or usual for the place, not stated. */
export type FactTiers = { confirmed: number; openData: number; unstated: number };

type FactFilterQuery = { free: boolean; day?: unknown; time?: unknown; accessibility: readonly string[]; access: readonly string[] };

/** The fact filters a search uses, in a fixed order. */
export function factFiltersOf(q: FactFilterQuery): FactFilter[] {
  return FACT_FILTERS.filter((f) =>
    f === "cost"
      ? q.free
      : f === "schedule"
        ? Boolean(q.day || q.time)
        : f === "accessibility"
          ? q.accessibility.length > 0
          : q.access.length > 0,
  );
}

const NOUNS: Record<FactFilter, string> = {
  cost: "cost",
  schedule: "days and times",
  accessibility: "accessibility",
  access: "how to join",
};

const orList = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
const andList = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

/** "cost or days and times": the facts a not-stated listing may be missing. */
export function unstatedNouns(filters: readonly FactFilter[]): string {
  return orList(filters.map((f) => NOUNS[f]));
}

/** The heading before the first not-stated result, and the words on each fact a result does not state. */
export const UNSTATED_HEADING = "Not stated — ask them";

/** Under the heading before the first not-stated result. */
export function unstatedExplanation(filters: readonly FactFilter[]): string {
  return `These listings do not say their ${unstatedNouns(filters)}, so we cannot tell whether they fit. Those that say more of what you asked come first. They may still suit: ask the organiser before you suggest one.`;
}

type MatchQuery = FactFilterQuery & { day?: string; time?: string };

/** What a stated match is, for one filter: "free", "on Tuesday mornings", "with step-free access", "drop in". */
function matchWords(filter: FactFilter, q: MatchQuery): string {
  switch (filter) {
    case "cost":
      return "free";
    case "schedule": {
      const day = WEEKDAYS.find((d) => d.slug === q.day)?.name;
      const time = TIMES_OF_DAY.find((t) => t.code === q.time)?.name.toLowerCase();
      if (day && time) return `on ${day} ${time}s`;
      return day ? `on ${day}s` : `in the ${time ?? "time chosen"}`;
    }
    case "accessibility":
      return `with ${andList(q.accessibility.map((c) => (termName("accessibility", c) ?? c).toLowerCase()))}`;
    case "access":
      return orList(ACCESS_TYPES.filter((a) => q.access.includes(a.code)).map((a) => a.name.toLowerCase()));
  }
}

/**
 * Above the results: "3 confirmed free · 12 free according to open data · 69 cost not stated — ask them". With
 * several fact filters a stated match meets them all: "2 confirmed matches · 5 matches according to open data ·
 * 40 cost or days and times not stated — ask them". Empty groups are left out.
 */
export function factTiersText(q: MatchQuery, tiers: FactTiers): string {
  const filters = factFiltersOf(q);
  if (!filters.length) return "";
  const one = filters.length === 1;
  const what = one ? matchWords(filters[0]!, q) : null;
  const n = (x: number) => x.toLocaleString("en-GB");
  const parts = [
    tiers.confirmed ? `${n(tiers.confirmed)} confirmed ${what ?? (tiers.confirmed === 1 ? "match" : "matches")}` : null,
    tiers.openData ? `${n(tiers.openData)} ${what ?? (tiers.openData === 1 ? "match" : "matches")} according to open data` : null,
    tiers.unstated ? `${n(tiers.unstated)} ${unstatedNouns(filters)} not stated — ask them` : null,
  ].filter(Boolean);
  return parts.join(" · ");
}
