import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { FACT_KINDS, type FactKind } from "@/lib/fact-provenance";
import type { AssetFact, FactValue } from "./asset-facts";

type Tx = Pick<PrismaClient, "$executeRaw" | "$queryRaw">;

/**
 * An imported listing (`s`) nobody has taken over: published, no organisation, never verified, no approved
 * revision. The seed may refresh what it imported on these only (facts here, names in load-names.ts).
 */
export const NOBODY_TOOK_OVER = Prisma.sql`s.listing_status = 'published' AND s.organisation_id IS NULL AND s.verified_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM revision r WHERE r.service_id = s.id AND r.status = 'approved')`;

export type ListingFacts = { source: string; sourceId: string; facts: AssetFact[]; url: string | null };

type Eligible = { id: string; source: string; source_id: string; url: string | null; location_id: string | null };
type Existing = {
  service_id: string;
  fact: FactKind;
  state: string;
  sources: string[];
  kind_of_place: string | null;
  value: unknown;
  note: string | null;
};

/** Same JSON whatever the key order (jsonb gives keys back sorted by length, then bytes). */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

const same = (row: Existing, f: AssetFact) =>
  row.state === f.state &&
  stable(row.sources) === stable(f.sources) &&
  (row.kind_of_place ?? null) === f.kindOfPlace &&
  (row.note ?? null) === f.note &&
  stable(row.value) === stable(f.value);

/**
 * Imported facts onto imported listings nobody has taken over (ADR 0009): only published listings of an
 * import source with no organisation, never verified and with no approved revision; and never a fact whose
 * provenance is `confirmed`. For each fact that differs from what is stored, its HSDS rows are replaced and
 * its provenance row written; a fact the source no longer states is cleared. A run over an up-to-date
 * database writes nothing.
 */
export async function loadFacts(tx: Tx, listings: ListingFacts[]): Promise<number> {
  if (listings.length === 0) return 0;
  const eligible = await tx.$queryRaw<Eligible[]>`
    SELECT s.id, s.source, s.source_id, s.url, l.id AS location_id
    FROM unnest(${listings.map((l) => l.source)}::text[], ${listings.map((l) => l.sourceId)}::text[]) AS k(source, source_id)
    JOIN service s ON s.source = k.source AND s.source_id = k.source_id
    LEFT JOIN location l ON l.source = s.source AND l.source_id = s.source_id
    WHERE ${NOBODY_TOOK_OVER}`;
  if (eligible.length === 0) return 0;
  const existing = await tx.$queryRaw<Existing[]>`
    SELECT service_id, fact, state, sources, kind_of_place, value, note FROM service_fact WHERE service_id = ANY(${eligible.map((e) => e.id)}::uuid[])`;
  const stored = new Map(existing.map((r) => [`${r.service_id}\u0000${r.fact}`, r]));
  const byKey = new Map(listings.map((l) => [`${l.source}\u0000${l.sourceId}`, l]));

  const writes: Array<{ service: Eligible; fact: AssetFact }> = [];
  const clears: Array<{ service: Eligible; fact: FactKind }> = [];
  const urls: Array<{ id: string; url: string | null }> = [];
  for (const service of eligible) {
    const listing = byKey.get(`${service.source}\u0000${service.source_id}`);
    if (!listing) continue;
    const contactRow = stored.get(`${service.id}\u0000contact`);
    if (contactRow?.state !== "confirmed" && service.url !== listing.url) urls.push({ id: service.id, url: listing.url });
    for (const kind of FACT_KINDS) {
      const row = stored.get(`${service.id}\u0000${kind}`);
      if (row?.state === "confirmed") continue;
      const fact = listing.facts.find((f) => f.fact === kind);
      if (fact && !(row && same(row, fact))) writes.push({ service, fact });
      if (!fact && row) clears.push({ service, fact: kind });
    }
  }

  let rows = 0;
  if (urls.length) {
    rows += await tx.$executeRaw`
      UPDATE service s SET url = u.url FROM unnest(${urls.map((u) => u.id)}::uuid[], ${urls.map((u) => u.url)}::text[]) AS u(id, url) WHERE s.id = u.id`;
  }
  const values = [
    ...writes.map((w) => ({ service: w.service, value: w.fact.value })),
    ...clears.map((c) => ({ service: c.service, value: emptyValue(c.fact) })),
  ];
  rows += await writeValues(tx, values);
  if (writes.length) {
    rows += await tx.$executeRaw`
      INSERT INTO service_fact (service_id, fact, state, sources, kind_of_place, value, note, updated_at)
      SELECT w.service_id, w.fact::fact_kind, w.state::fact_state, string_to_array(w.sources, ',')::text[], w.kind_of_place, w.value::jsonb, w.note, now()
      FROM unnest(${writes.map((w) => w.service.id)}::uuid[], ${writes.map((w) => w.fact.fact)}::text[], ${writes.map((w) => w.fact.state)}::text[],
        ${writes.map((w) => w.fact.sources.join(","))}::text[], ${writes.map((w) => w.fact.kindOfPlace)}::text[],
        ${writes.map((w) => JSON.stringify(w.fact.value))}::text[], ${writes.map((w) => w.fact.note)}::text[])
        AS w(service_id, fact, state, sources, kind_of_place, value, note)
      ON CONFLICT (service_id, fact) DO UPDATE SET state = EXCLUDED.state, sources = EXCLUDED.sources, kind_of_place = EXCLUDED.kind_of_place,
        value = EXCLUDED.value, note = EXCLUDED.note, confirmed_at = NULL, confirmed_by_id = NULL, updated_at = now()
      WHERE service_fact.state <> 'confirmed'`;
  }
  if (clears.length) {
    rows += await tx.$executeRaw`
      DELETE FROM service_fact f USING unnest(${clears.map((c) => c.service.id)}::uuid[], ${clears.map((c) => c.fact)}::text[]) AS c(service_id, fact)
      WHERE f.service_id = c.service_id AND f.fact = c.fact::fact_kind AND f.state <> 'confirmed'`;
  }
  return rows;
}

function emptyValue(fact: FactKind): FactValue {
  switch (fact) {
    case "schedule":
      return { fact, rows: [] };
    case "cost":
      return { fact, isFree: null, fees: null };
    case "access":
      return { fact, accessTypes: [] };
    case "accessibility":
      return { fact, codes: [] };
    case "contact":
      return { fact, phone: null, email: null, url: null };
  }
}

/** Replaces the HSDS rows of each (service, fact) with the value: schedules, cost, access types, venue accessibility, contact. */
async function writeValues(tx: Tx, values: Array<{ service: Eligible; value: FactValue }>): Promise<number> {
  let rows = 0;
  const of = <K extends FactValue["fact"]>(fact: K) =>
    values.filter((v): v is { service: Eligible; value: Extract<FactValue, { fact: K }> } => v.value.fact === fact);

  const schedules = of("schedule");
  if (schedules.length) {
    rows += await tx.$executeRaw`DELETE FROM schedule WHERE service_id = ANY(${schedules.map((s) => s.service.id)}::uuid[])`;
    const flat = schedules.flatMap((s) => s.value.rows.map((r) => ({ id: s.service.id, ...r })));
    if (flat.length) {
      rows += await tx.$executeRaw`
        INSERT INTO schedule (id, service_id, service_at_location_id, freq, interval, by_day, opens_at, closes_at, description)
        SELECT gen_random_uuid(), r.service_id, (SELECT sal.id FROM service_at_location sal WHERE sal.service_id = r.service_id ORDER BY sal.id LIMIT 1),
          'WEEKLY', 1, r.by_day, r.opens_at, r.closes_at, r.description
        FROM unnest(${flat.map((r) => r.id)}::uuid[], ${flat.map((r) => r.byDay)}::text[], ${flat.map((r) => r.opensAt)}::int[],
          ${flat.map((r) => r.closesAt)}::int[], ${flat.map((r) => r.description)}::text[]) AS r(service_id, by_day, opens_at, closes_at, description)`;
    }
  }

  const costs = of("cost");
  if (costs.length) {
    const ids = costs.map((c) => c.service.id);
    rows += await tx.$executeRaw`
      UPDATE service s SET is_free = c.is_free, fees = c.fees
      FROM unnest(${ids}::uuid[], ${costs.map((c) => c.value.isFree)}::boolean[], ${costs.map((c) => c.value.fees)}::text[]) AS c(id, is_free, fees)
      WHERE s.id = c.id`;
    rows += await tx.$executeRaw`DELETE FROM cost_option WHERE service_id = ANY(${ids}::uuid[])`;
    const stated = costs.filter((c) => c.value.isFree !== null || c.value.fees);
    if (stated.length) {
      rows += await tx.$executeRaw`
        INSERT INTO cost_option (id, service_id, option, amount, amount_description)
        SELECT gen_random_uuid(), c.id, CASE WHEN c.is_free THEN 'Free' ELSE 'Fee' END, CASE WHEN c.is_free THEN 0 END, c.fees
        FROM unnest(${stated.map((c) => c.service.id)}::uuid[], ${stated.map((c) => c.value.isFree)}::boolean[], ${stated.map((c) => c.value.fees)}::text[]) AS c(id, is_free, fees)`;
    }
  }

  const access = of("access");
  if (access.length) {
    rows += await tx.$executeRaw`
      UPDATE service s SET access_types = string_to_array(a.types, ',')::access_type[]
      FROM unnest(${access.map((a) => a.service.id)}::uuid[], ${access.map((a) => a.value.accessTypes.join(","))}::text[]) AS a(id, types)
      WHERE s.id = a.id`;
  }

  const accessibility = of("accessibility").filter((a) => a.service.location_id);
  if (accessibility.length) {
    const locationIds = accessibility.map((a) => a.service.location_id!);
    rows += await tx.$executeRaw`
      DELETE FROM attribute a USING taxonomy_term term JOIN taxonomy tax ON tax.id = term.taxonomy_id AND tax.slug = 'accessibility'
      WHERE a.taxonomy_term_id = term.id AND a.location_id = ANY(${locationIds}::uuid[])`;
    const pairs = accessibility.flatMap((a) => a.value.codes.map((code) => [a.service.location_id!, code] as const));
    if (pairs.length) {
      rows += await tx.$executeRaw`
        INSERT INTO attribute (id, taxonomy_term_id, location_id)
        SELECT gen_random_uuid(), term.id, p.location_id
        FROM unnest(${pairs.map((p) => p[0])}::uuid[], ${pairs.map((p) => p[1])}::text[]) AS p(location_id, code)
        JOIN taxonomy_term term ON term.code = p.code JOIN taxonomy tax ON tax.id = term.taxonomy_id AND tax.slug = 'accessibility'
        ON CONFLICT DO NOTHING`;
    }
  }

  const contacts = of("contact");
  if (contacts.length) {
    const ids = contacts.map((c) => c.service.id);
    rows += await tx.$executeRaw`
      UPDATE service s SET email = c.email, url = c.url
      FROM unnest(${ids}::uuid[], ${contacts.map((c) => c.value.email)}::text[], ${contacts.map((c) => c.value.url)}::text[]) AS c(id, email, url)
      WHERE s.id = c.id AND (s.email IS DISTINCT FROM c.email OR s.url IS DISTINCT FROM c.url)`;
    rows += await tx.$executeRaw`DELETE FROM phone WHERE service_id = ANY(${ids}::uuid[])`;
    rows += await tx.$executeRaw`DELETE FROM contact WHERE service_id = ANY(${ids}::uuid[])`;
    const withPhone = contacts
      .filter((c) => c.value.phone)
      .map((c) => ({ contactId: randomUUID(), serviceId: c.service.id, phone: c.value.phone!, email: c.value.email }));
    if (withPhone.length) {
      rows += await tx.$executeRaw`
        INSERT INTO contact (id, service_id, email)
        SELECT c.id, c.service_id, c.email FROM unnest(${withPhone.map((c) => c.contactId)}::uuid[], ${withPhone.map((c) => c.serviceId)}::uuid[], ${withPhone.map((c) => c.email)}::text[]) AS c(id, service_id, email)`;
      rows += await tx.$executeRaw`
        INSERT INTO phone (id, contact_id, service_id, number)
        SELECT gen_random_uuid(), c.id, c.service_id, c.number FROM unnest(${withPhone.map((c) => c.contactId)}::uuid[], ${withPhone.map((c) => c.serviceId)}::uuid[], ${withPhone.map((c) => c.phone)}::text[]) AS c(id, service_id, number)`;
    }
  }
  return rows;
}
