import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { factFiltersOf, FACT_FILTERS, type FactFilter } from "@/lib/search/fact-filters";
import { accessibilityMatch, sessionCondition, type ResolvedSearch } from "./search-filters-sql";

// Filters on facts a listing may not state (cost, days and times, accessibility, how to join; ADR 0009: no
// `service_fact` row is "not stated"). A stated match is kept, a not-stated listing is kept after them, a stated
// mismatch is left out. Per service `s`, one lateral row per fact filter, `fx_<fact>.fs`:
//   NULL        not stated (no row, or a row with no value: opening hours only as words, cost neither free nor priced)
//   'excluded'  stated, and not what the search asks for
//   the state   confirmed / imported / usual: a stated match
// The state comes from one primary-key probe of `service_fact`; the value test runs only when the fact is stated
// (CASE is lazy), and the OFFSET 0 keeps Postgres from copying it into every place the column is used.

type FactSql = { fact: FactFilter; match: Prisma.Sql; hasValue: Prisma.Sql };

function factSql(r: ResolvedSearch, fact: FactFilter): FactSql {
  switch (fact) {
    case "cost":
      return { fact, match: Prisma.sql`s.is_free IS TRUE`, hasValue: Prisma.sql`(s.is_free IS NOT NULL OR s.fees IS NOT NULL)` };
    case "schedule":
      return {
        fact,
        match: Prisma.sql`EXISTS (SELECT 1 FROM schedule sc WHERE sc.service_id = s.id AND ${sessionCondition(r)})`,
        hasValue: Prisma.sql`EXISTS (SELECT 1 FROM schedule sc WHERE sc.service_id = s.id)`,
      };
    case "accessibility":
      return { fact, match: accessibilityMatch(r), hasValue: Prisma.sql`true` };
    case "access":
      return {
        fact,
        match: Prisma.sql`s.access_types && ${r.access}::access_type[]`,
        hasValue: Prisma.sql`cardinality(s.access_types) > 0`,
      };
  }
}

const alias = (fact: FactFilter) => Prisma.raw(`fx_${fact}`);

/** `CROSS JOIN LATERAL (…) fx_cost …` after `s` is in the FROM list; nothing without fact filters. */
export function factLaterals(r: ResolvedSearch): Prisma.Sql {
  const parts = factFiltersOf(r).map((fact) => {
    const f = factSql(r, fact);
    return Prisma.sql`CROSS JOIN LATERAL (
      SELECT CASE WHEN g.state IS NULL THEN NULL WHEN ${f.match} THEN g.state::text WHEN ${f.hasValue} THEN 'excluded' END AS fs
        FROM (SELECT 1) one LEFT JOIN service_fact g ON g.service_id = s.id AND g.fact = ${fact}::fact_kind OFFSET 0) ${alias(fact)}`;
  });
  return parts.length ? Prisma.join(parts, " ") : Prisma.empty;
}

/** Stated mismatches are left out. */
export function factConditions(r: ResolvedSearch): Prisma.Sql[] {
  return factFiltersOf(r).map((fact) => Prisma.sql`${alias(fact)}.fs IS DISTINCT FROM 'excluded'`);
}

/**
 * Sort and count keys: `fs_<fact>` for every fact filter (NULL when not chosen or not stated), `k_unstated` (a
 * chosen fact is not stated: after the stated matches), `k_unknowns` (how many chosen facts are not stated, so a
 * library open on Tuesday mornings whose step-free access is unknown comes before a park that states nothing) and
 * `k_confirmed` (every chosen fact confirmed by a person).
 */
export function factKeys(r: ResolvedSearch): Prisma.Sql {
  const chosen = factFiltersOf(r);
  const columns = FACT_FILTERS.map((fact) =>
    chosen.includes(fact) ? Prisma.sql`${alias(fact)}.fs AS fs_${Prisma.raw(fact)}` : Prisma.sql`NULL::text AS fs_${Prisma.raw(fact)}`,
  );
  const unstated = chosen.length
    ? Prisma.join(
        chosen.map((f) => Prisma.sql`${alias(f)}.fs IS NULL`),
        " OR ",
      )
    : Prisma.sql`false`;
  const confirmed = chosen.length
    ? Prisma.join(
        chosen.map((f) => Prisma.sql`${alias(f)}.fs = 'confirmed'`),
        " AND ",
      )
    : Prisma.sql`false`;
  const unknowns = chosen.length
    ? Prisma.join(
        chosen.map((f) => Prisma.sql`(${alias(f)}.fs IS NULL)::int`),
        " + ",
      )
    : Prisma.sql`0`;
  return Prisma.sql`${Prisma.join(columns, ", ")}, (${unstated}) AS k_unstated, (${unknowns}) AS k_unknowns, coalesce(${confirmed}, false) AS k_confirmed`;
}

/** The `fs_…` columns by name, for a SELECT that passes them on. */
export const FACT_COLUMNS = Prisma.raw(FACT_FILTERS.map((f) => `fs_${f}`).join(", "));
