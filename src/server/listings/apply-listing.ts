import "server-only";
import { listingSchema, minutesOf, type Listing } from "@/lib/validation/listing";
import { lookupPostcode } from "@/server/geo/lookup-postcode";
import type { DbOrTx } from "@/server/db/client";

/**
 * Writes a listing (the value providers edit and moderators approve) onto a service's HSDS rows: the service's
 * own fields, its venues (geocoded from the postcode table, with place/ward/LSOA codes so coverage statistics
 * stay right), sessions, contact, categories and other attributes. Replaces what was there. Call it inside
 * the transaction that publishes or saves, so a failure leaves the live listing as it was. It does not touch
 * the lifecycle (listing status, verification, version): the calling use case owns those.
 */
export async function applyListing(tx: DbOrTx, serviceId: string, input: Listing): Promise<void> {
  const listing = listingSchema.parse(input);
  const service = await tx.service.update({
    where: { id: serviceId },
    data: {
      name: listing.name,
      description: listing.description,
      url: listing.url ?? null,
      email: listing.email ?? null,
      fees: listing.fees ?? null,
      isFree: listing.isFree,
      minimumAge: listing.minimumAge,
      maximumAge: listing.maximumAge,
      attendingTypes: listing.attendingTypes,
      accessTypes: listing.accessTypes,
    },
    select: { id: true, organisationId: true, source: true },
  });

  await removeDetails(tx, serviceId);

  const salIds: string[] = [];
  for (const loc of listing.locations) {
    const found = await lookupPostcode(loc.postcode, tx);
    const geo = found.ok ? found.value : null;
    const location = await tx.location.create({
      data: {
        organisationId: service.organisationId,
        name: loc.name ?? null,
        address1: loc.address1,
        address2: loc.address2 ?? null,
        city: loc.city,
        postcode: loc.postcode,
        lat: loc.lat ?? geo?.lat ?? null,
        lng: loc.lng ?? geo?.lng ?? null,
        hideExactAddress: loc.hideExactAddress,
        placeCode: geo?.placeCode ?? null,
        wardCode: geo?.wardCode ?? null,
        lsoaCode: geo?.lsoaCode ?? null,
        source: "provider",
        attributes: { create: await termLinks(tx, "accessibility", loc.accessibility) },
      },
    });
    const sal = await tx.serviceAtLocation.create({ data: { serviceId, locationId: location.id } });
    salIds.push(sal.id);
  }

  for (const s of listing.sessions) {
    await tx.schedule.create({
      data: {
        serviceId,
        serviceAtLocationId: salIds[s.locationIndex ?? 0] ?? null,
        freq: s.kind === "weekly" ? (s.weekOfMonth ? "MONTHLY" : "WEEKLY") : null,
        interval: s.kind === "weekly" ? (s.weekOfMonth ? 1 : (s.interval ?? 1)) : null,
        byDay: s.kind === "weekly" ? s.byDay : null,
        weekOfMonth: s.kind === "weekly" ? (s.weekOfMonth ?? null) : null,
        dtstart: s.kind === "event" ? new Date(`${s.date}T00:00:00Z`) : null,
        validFrom: s.kind === "event" ? new Date(`${s.date}T00:00:00Z`) : null,
        validTo: s.kind === "event" ? new Date(`${s.date}T00:00:00Z`) : null,
        opensAt: minutesOf(s.opensAt),
        closesAt: minutesOf(s.closesAt),
        description: s.description ?? null,
      },
    });
  }

  if (listing.contactName || listing.email || listing.phone) {
    await tx.contact.create({
      data: {
        serviceId,
        name: listing.contactName ?? null,
        email: listing.email ?? null,
        phones: listing.phone ? { create: { number: listing.phone, serviceId } } : undefined,
      },
    });
  }

  if (listing.fees || listing.isFree) {
    await tx.costOption.create({
      data: {
        serviceId,
        option: listing.isFree ? "Free" : "Fee",
        amount: listing.isFree ? 0 : null,
        amountDescription: listing.fees ?? null,
      },
    });
  }

  if (listing.attendingTypes.includes("online")) {
    await tx.serviceArea.create({ data: { serviceId, name: "Online", extentType: "online" } });
  }

  const links = [
    ...(await termLinks(tx, "category", listing.categories)),
    ...(await termLinks(tx, "audience", listing.audiences)),
    ...(await termLinks(tx, "need", listing.needs)),
  ];
  if (links.length) await tx.attribute.createMany({ data: links.map((l) => ({ ...l, serviceId })) });
}

/** Deletes a service's detail rows (venues only it uses, sessions, contacts, costs, attributes) before a rewrite. */
export async function removeDetails(tx: DbOrTx, serviceId: string): Promise<void> {
  const old = await tx.serviceAtLocation.findMany({ where: { serviceId }, select: { locationId: true } });
  await tx.schedule.deleteMany({ where: { serviceId } });
  await tx.serviceAtLocation.deleteMany({ where: { serviceId } });
  await tx.phone.deleteMany({ where: { serviceId } });
  await tx.contact.deleteMany({ where: { serviceId } });
  await tx.costOption.deleteMany({ where: { serviceId } });
  await tx.serviceArea.deleteMany({ where: { serviceId } });
  await tx.attribute.deleteMany({ where: { serviceId } });
  // Venues no other service uses go with the listing (imported venues shared by several services stay).
  await tx.location.deleteMany({
    where: { id: { in: old.map((o) => o.locationId) }, serviceAtLocations: { none: {} } },
  });
}

/** Our vocabulary codes as attribute links (`{ taxonomyTermId }`); an unknown code is a bug, so it throws. */
export async function termLinks(tx: DbOrTx, taxonomy: string, codes: readonly string[]): Promise<Array<{ taxonomyTermId: string }>> {
  if (codes.length === 0) return [];
  const terms = await tx.taxonomyTerm.findMany({
    where: { taxonomy: { slug: taxonomy }, code: { in: [...codes] } },
    select: { id: true, code: true },
  });
  const missing = codes.filter((c) => !terms.some((t) => t.code === c));
  if (missing.length) throw new Error(`Unknown ${taxonomy} code(s): ${missing.join(", ")}`);
  return codes.map((c) => ({ taxonomyTermId: terms.find((t) => t.code === c)!.id }));
}
