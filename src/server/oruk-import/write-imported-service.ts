import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { FactKind } from "@/lib/fact-provenance";
import { importedServiceSchema, type ImportedService } from "@/lib/validation/oruk-import";
import { lookupPostcode } from "@/server/geo/lookup-postcode";
import { removeDetails, termLinks } from "@/server/listings/apply-listing";
import type { DbOrTx } from "@/server/db/client";

export type ImportProvenance = {
  /** The listing source code, "oruk:<feed key>" (src/lib/listing-source.ts puts it into words). */
  source: string;
  licence: string | null;
};

/**
 * Writes an imported Open Referral service onto a service's HSDS rows, replacing what was there, the way
 * applyListing does for a provider's listing: its own fields, its organisation (found again by the feed's
 * id), its venues (one copy per listing, with place/ward/LSOA codes from the postcode), sessions, costs,
 * contacts, phones and vocabulary links, and the provenance of each fact it states (ADR 0009). A fact a
 * person confirmed keeps its confirmed row. Like applyListing it leaves the lifecycle (listing status,
 * verification, version) to the caller, and runs inside the caller's transaction.
 */
export async function writeImportedService(
  tx: DbOrTx,
  serviceId: string,
  input: ImportedService,
  provenance: ImportProvenance,
): Promise<void> {
  const value = importedServiceSchema.parse(input);
  const organisationId = await writeOrganisation(tx, serviceId, value, provenance);
  await tx.service.update({
    where: { id: serviceId },
    data: {
      name: value.name,
      alternateName: value.alternateName,
      description: value.description,
      url: value.url,
      email: value.email,
      status: value.status,
      fees: value.fees,
      isFree: value.isFree,
      minimumAge: value.minimumAge,
      maximumAge: value.maximumAge,
      attendingTypes: value.attendingTypes,
      accessTypes: value.accessTypes,
      organisationId,
      source: provenance.source,
      sourceId: value.sourceId,
      licence: provenance.licence,
    },
  });

  // A venue a moderator or provider marked as someone's home stays hidden when the feed's value is written again.
  const hidden = await tx.location.findMany({
    where: { serviceAtLocations: { some: { serviceId } }, hideExactAddress: true },
    select: { sourceId: true },
  });
  await removeDetails(tx, serviceId);
  const salIds = await writeVenues(tx, serviceId, organisationId, value, provenance, new Set(hidden.map((h) => h.sourceId)));

  for (const s of value.schedules) {
    await tx.schedule.create({
      data: {
        serviceId,
        serviceAtLocationId: s.locationIndex === null ? null : (salIds[s.locationIndex] ?? null),
        freq: s.freq,
        interval: s.interval,
        byDay: s.byDay,
        weekOfMonth: s.weekOfMonth,
        dtstart: day(s.dtstart),
        validFrom: day(s.validFrom),
        validTo: day(s.validTo),
        opensAt: s.opensAt,
        closesAt: s.closesAt,
        description: s.description,
      },
    });
  }
  for (const c of value.costOptions) {
    await tx.costOption.create({ data: { serviceId, option: c.option, amount: c.amount, amountDescription: c.amountDescription } });
  }
  for (const c of value.contacts) {
    await tx.contact.create({
      data: {
        serviceId,
        name: c.name,
        title: c.title,
        email: c.email,
        // The service id too, so removeDetails finds them on the next rewrite.
        phones: c.phones.length ? { create: c.phones.map((number) => ({ number, serviceId })) } : undefined,
      },
    });
  }
  if (value.phones.length) await tx.phone.createMany({ data: value.phones.map((number) => ({ number, serviceId })) });
  if (value.attendingTypes.includes("online")) {
    await tx.serviceArea.create({ data: { serviceId, name: "Online", extentType: "online" } });
  }
  const links = [
    ...(await termLinks(tx, "category", value.categories)),
    ...(await termLinks(tx, "audience", value.audiences)),
    ...(await termLinks(tx, "need", value.needs)),
  ];
  if (links.length) await tx.attribute.createMany({ data: links.map((l) => ({ ...l, serviceId })) });

  await writeFacts(tx, serviceId, value, provenance.source);
}

const day = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);

/**
 * The feed's organisation, found again by its id in that feed. A listing whose organisation has members (a
 * provider took it over) keeps its organisation: a feed never takes a listing away from the people running it.
 */
async function writeOrganisation(tx: DbOrTx, serviceId: string, value: ImportedService, provenance: ImportProvenance) {
  const current = await tx.service.findUniqueOrThrow({
    where: { id: serviceId },
    select: { organisation: { select: { id: true, _count: { select: { memberships: true } } } } },
  });
  if (current.organisation && current.organisation._count.memberships > 0) return current.organisation.id;
  const org = value.organisation;
  if (!org) return null;
  // An organisation people run here is theirs: a feed neither rewrites it nor adds listings to it.
  const known = await tx.organisation.findUnique({
    where: { source_sourceId: { source: provenance.source, sourceId: org.sourceId } },
    select: { _count: { select: { memberships: true } } },
  });
  if (known && known._count.memberships > 0) return null;
  const data = {
    name: org.name,
    description: org.description,
    website: org.website,
    email: org.email,
    charityNumber: org.charityNumber,
    licence: provenance.licence,
  };
  const row = await tx.organisation.upsert({
    where: { source_sourceId: { source: provenance.source, sourceId: org.sourceId } },
    create: { ...data, source: provenance.source, sourceId: org.sourceId },
    update: data,
    select: { id: true },
  });
  return row.id;
}

/** One venue row per location of this listing; returns the service-at-location ids in the value's order. */
async function writeVenues(
  tx: DbOrTx,
  serviceId: string,
  organisationId: string | null,
  value: ImportedService,
  provenance: ImportProvenance,
  hidden: ReadonlySet<string | null>,
): Promise<string[]> {
  const salIds: string[] = [];
  const used = new Set<string>();
  for (const [i, loc] of value.locations.entries()) {
    // Venue source ids are per listing (a feed's shared venue becomes one copy per listing), so a moderator's
    // decision on one listing never moves another listing's venue.
    // Each part encoded, so "a/b" + "c" and "a" + "b/c" stay two venues.
    let sourceId = `${encodeURIComponent(value.sourceId)}/${encodeURIComponent(loc.sourceId)}`;
    if (used.has(sourceId)) sourceId += `#${i}`;
    used.add(sourceId);
    const found = loc.postcode ? await lookupPostcode(loc.postcode, tx) : null;
    const geo = found?.ok ? found.value : null;
    const location = await tx.location.create({
      data: {
        organisationId,
        name: loc.name,
        description: loc.description,
        address1: loc.address1,
        address2: loc.address2,
        city: loc.city,
        postcode: loc.postcode,
        lat: loc.lat,
        lng: loc.lng,
        hideExactAddress: hidden.has(sourceId),
        placeCode: geo?.placeCode ?? null,
        wardCode: geo?.wardCode ?? null,
        lsoaCode: geo?.lsoaCode ?? null,
        source: provenance.source,
        sourceId,
        licence: provenance.licence,
        attributes: { create: await termLinks(tx, "accessibility", loc.accessibility) },
      },
    });
    const sal = await tx.serviceAtLocation.create({ data: { serviceId, locationId: location.id } });
    salIds.push(sal.id);
  }
  return salIds;
}

/** The facts an imported value states, with the part of the value each comes from (kept to compare later). */
export function factsStatedByImport(value: ImportedService): Array<{ fact: FactKind; value: Prisma.InputJsonValue; note: string | null }> {
  const facts: Array<{ fact: FactKind; value: Prisma.InputJsonValue; note: string | null }> = [];
  if (value.schedules.length) facts.push({ fact: "schedule", value: value.schedules, note: null });
  if (value.isFree !== null || value.fees || value.costOptions.length) {
    facts.push({ fact: "cost", value: { isFree: value.isFree, fees: value.fees, costOptions: value.costOptions }, note: null });
  }
  if (value.accessTypes.length) facts.push({ fact: "access", value: value.accessTypes, note: null });
  if (value.locations.some((l) => l.accessibility.length)) {
    const notes = value.locations.flatMap((l) => l.accessibilityNotes);
    facts.push({ fact: "accessibility", value: value.locations.map((l) => l.accessibility), note: notes.join("; ") || null });
  }
  const phones = [...value.phones, ...value.contacts.flatMap((c) => c.phones)];
  if (value.url || value.email || phones.length) {
    facts.push({ fact: "contact", value: { url: value.url, email: value.email, phones }, note: null });
  }
  return facts;
}

/** Imported provenance for what the value states; a fact it no longer states is cleared; confirmed rows stay. */
async function writeFacts(tx: DbOrTx, serviceId: string, value: ImportedService, source: string) {
  const facts = factsStatedByImport(value);
  await tx.serviceFact.deleteMany({ where: { serviceId, state: { not: "confirmed" }, fact: { notIn: facts.map((f) => f.fact) } } });
  const confirmed = await tx.serviceFact.findMany({ where: { serviceId, state: "confirmed" }, select: { fact: true } });
  for (const f of facts) {
    if (confirmed.some((c) => c.fact === f.fact)) continue;
    const data = {
      state: "imported" as const,
      sources: [source],
      kindOfPlace: null,
      value: f.value,
      note: f.note,
      confirmedAt: null,
      confirmedById: null,
      updatedAt: new Date(),
    };
    await tx.serviceFact.upsert({
      where: { serviceId_fact: { serviceId, fact: f.fact } },
      create: { serviceId, fact: f.fact, ...data },
      update: data,
    });
  }
}
