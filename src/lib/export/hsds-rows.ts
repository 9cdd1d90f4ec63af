// One service of the JSON API (src/server/oruk/to-oruk-records.ts) spread over the tabular files, so the
// package and the API cannot say different things. Rows are keyed by field name; a record shared by several
// services (an organisation, a venue) comes out of each of them, and the writer keeps only its first row.
import type { OrukLocation, OrukOrganization, OrukService, OrukTaxonomyDetail } from "@/lib/validation/oruk-records";
import type { HsdsTableName } from "./hsds-tables";

export type HsdsRow = Record<string, string | number | undefined>;
export type HsdsRows = Array<[HsdsTableName, HsdsRow]>;

/** The scalar fields of a record (nested lists and objects are rows of their own files). */
function scalars(record: object): HsdsRow {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => typeof v === "string" || typeof v === "number"));
}

function organizationRows(o: OrukOrganization): HsdsRows {
  return [
    ["organization", scalars(o)],
    ...o.organization_identifiers.map((i): [HsdsTableName, HsdsRow] => ["organization_identifier", scalars(i)]),
  ];
}

function locationRows(l: OrukLocation): HsdsRows {
  return [
    ["location", scalars(l)],
    ...l.addresses.map((a): [HsdsTableName, HsdsRow] => ["address", scalars(a)]),
    ...l.accessibility.map((a): [HsdsTableName, HsdsRow] => ["accessibility", scalars(a)]),
    ...l.attributes.map((a): [HsdsTableName, HsdsRow] => ["attribute", scalars(a)]),
  ];
}

export function hsdsRowsOf(s: OrukService): HsdsRows {
  const rows: HsdsRows = [["service", scalars(s)]];
  if (s.organization) rows.push(...organizationRows(s.organization));
  for (const sal of s.service_at_locations) {
    rows.push(["service_at_location", scalars(sal)], ...locationRows(sal.location));
  }
  const add = (table: HsdsTableName, records: readonly object[]) =>
    rows.push(...records.map((r): [HsdsTableName, HsdsRow] => [table, scalars(r)]));
  add("schedule", s.schedules);
  add("cost_option", s.cost_options);
  add("contact", s.contacts);
  add("phone", [...s.contacts.flatMap((c) => c.phones), ...s.phones]);
  add("attribute", s.attributes);
  add("service_area", s.service_areas);
  add("language", s.languages);
  return rows;
}

/** A vocabulary and its terms (all public: every term is on the search page). */
export function hsdsTaxonomyRows(t: OrukTaxonomyDetail): HsdsRows {
  return [["taxonomy", scalars(t)], ...t.taxonomy_terms.map((term): [HsdsTableName, HsdsRow] => ["taxonomy_term", scalars(term)])];
}
