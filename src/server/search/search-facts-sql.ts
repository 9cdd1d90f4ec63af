import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { factFiltersOf, FACT_FILTERS, type FactFilter } from "@/lib/search/fact-filters";
import { sessionCondition, type ResolvedSearch } from "./search-filters-sql";
import { termIdArray } from "./search-index-sql";

// Filters on facts a listing may not state (cost, days and times, accessibility, how to join; ADR 0009: no
// `service_fact` row is "not stated"). A stated match is kept, a not-stated listing is kept after them, a stated
// mismatch is left out. Per index row `e`, one column per fact filter, `fs_<fact>`:
//   NULL        not stated (no row, or a row with no value: opening hours only as words, cost neither free nor priced)
//   'excluded'  stated, and not what the search asks for
//   the state   confirmed / imported / usual: a stated match
// The state and the values are columns of search_entry; the session test reads its session arrays.

type FactSql = { state: Prisma.Sql; match: Prisma.Sql; hasValue: Prisma.Sql };

/** The row's sessions as `sc`, for sessionCondition. */
const SESSIONS = Prisma.sql`unnest(e.session_days, e.session_starts, e.session_valid_to, e.session_opens, e.session_closes)
  AS sc(by_day, dtstart, valid_to, opens_at, closes_at)`;

/**
 * With a day: a weekly session on it, or a dated one (no `by_day`), is needed before the sessions are unnested
 * (a subquery per row, several times the cost of this array test on the rows of a busy area).
 */
function dayPrefilter(r: ResolvedSearch): Prisma.Sql {
  if (!r.day) return Prisma.empty;
  return Prisma.sql`(e.session_days && ARRAY[${r.day.code}]::text[] OR array_position(e.session_days, NULL) IS NOT NULL) AND `;
}

function factSql(r: ResolvedSearch, fact: FactFilter): FactSql {
  switch (fact) {
    case "cost":
      return {
        state: Prisma.sql`e.cost_state`,
        match: Prisma.sql`e.is_free IS TRUE`,
        hasValue: Prisma.sql`(e.is_free IS NOT NULL OR e.has_fees)`,
      };
    case "schedule":
      return {
        state: Prisma.sql`e.schedule_state`,
        match: Prisma.sql`${dayPrefilter(r)}EXISTS (SELECT 1 FROM ${SESSIONS} WHERE ${sessionCondition(r)})`,
        hasValue: Prisma.sql`cardinality(e.session_days) > 0`,
      };
    case "accessibility": {
      // Every feature asked for, on the service or one of its venues (unknown codes match nothing).
      const ids = termIdArray("accessibility", r.accessibility);
      return {
        state: Prisma.sql`e.accessibility_state`,
        match: Prisma.sql`(e.accessibility_ids @> ${ids} AND cardinality(${ids}) = ${r.accessibility.length}::int)`,
        hasValue: Prisma.sql`true`,
      };
    }
    case "access":
      return {
        state: Prisma.sql`e.access_state`,
        match: Prisma.sql`e.access_types && ${r.access}::access_type[]`,
        hasValue: Prisma.sql`cardinality(e.access_types) > 0`,
      };
  }
}

/** `fs_<fact>` for every fact filter (NULL when not chosen), to select from a row `e`. */
export function factColumns(r: ResolvedSearch): Prisma.Sql {
  const chosen = factFiltersOf(r);
  return Prisma.join(
    FACT_FILTERS.map((fact) => {
      if (!chosen.includes(fact)) return Prisma.sql`NULL::text AS fs_${Prisma.raw(fact)}`;
      const f = factSql(r, fact);
      return Prisma.sql`(CASE WHEN ${f.state} IS NULL THEN NULL WHEN ${f.match} THEN ${f.state}::text WHEN ${f.hasValue} THEN 'excluded' END) AS fs_${Prisma.raw(fact)}`;
    }),
    ", ",
  );
}

/** Stated mismatches are left out (on a row that has the `fs_…` columns). */
export function factConditions(r: ResolvedSearch): Prisma.Sql[] {
  return factFiltersOf(r).map((fact) => Prisma.sql`fs_${Prisma.raw(fact)} IS DISTINCT FROM 'excluded'`);
}

/**
 * Sort and count keys from the `fs_…` columns: `k_unstated` (a chosen fact is not stated: after the stated
 * matches), `k_unknowns` (how many chosen facts are not stated, so a library open on Tuesday mornings whose
 * step-free access is unknown comes before a park that states nothing) and `k_confirmed` (every chosen fact
 * confirmed by a person).
 */
export function factKeys(r: ResolvedSearch): Prisma.Sql {
  const chosen = factFiltersOf(r).map((f) => Prisma.raw(`fs_${f}`));
  if (!chosen.length) return Prisma.sql`false AS k_unstated, 0 AS k_unknowns, false AS k_confirmed`;
  const unstated = Prisma.join(
    chosen.map((c) => Prisma.sql`${c} IS NULL`),
    " OR ",
  );
  const unknowns = Prisma.join(
    chosen.map((c) => Prisma.sql`(${c} IS NULL)::int`),
    " + ",
  );
  const confirmed = Prisma.join(
    chosen.map((c) => Prisma.sql`${c} = 'confirmed'`),
    " AND ",
  );
  return Prisma.sql`(${unstated}) AS k_unstated, (${unknowns}) AS k_unknowns, coalesce(${confirmed}, false) AS k_confirmed`;
}
