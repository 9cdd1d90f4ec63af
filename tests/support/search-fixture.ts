import type { PrismaClient } from "@/generated/prisma/client";

// A small, hand-made directory around one real postcode (HX1 1AA in Halifax), for search tests whose every
// expected answer can be worked out by hand. Built on the seeded template (real postcodes, wards, vocabulary)
// after removing the seeded listings.

export const ORIGIN = { postcode: "HX1 1AA", lat: 53.72434, lng: -1.85746, placeCode: "E08000033" };

/** Degrees of latitude per km on earthdistance's sphere (radius 6,378,168 m). */
const DEG_PER_KM = 180 / (Math.PI * 6378.168);

export type FixtureService = {
  name: string;
  description?: string;
  /** Kilometres north of the origin; omit with `noVenue`. */
  km?: number;
  noVenue?: boolean;
  listingStatus?: "draft" | "pending" | "published" | "rejected" | "archived";
  categories?: string[];
  audiences?: string[];
  needs?: string[];
  accessibility?: string[];
  isFree?: boolean;
  fees?: string;
  minimumAge?: number;
  maximumAge?: number;
  attendingTypes?: Array<"in_person" | "online" | "phone" | "home_visit">;
  accessTypes?: Array<"drop_in" | "referral" | "booking" | "membership">;
  verified?: boolean;
  stale?: boolean;
  hidden?: boolean;
  placeCode?: string;
  wardCode?: string | null;
  lat?: number;
  lng?: number;
  sessions?: Array<{ byDay?: string; date?: string; opensAt: number; closesAt: number }>;
  /**
   * Provenance rows (ADR 0009). By default each fact the fixture gives a value for (isFree, sessions,
   * accessibility, accessTypes) is confirmed when `verified`, else imported; null leaves a fact not stated.
   */
  facts?: Partial<Record<"schedule" | "cost" | "access" | "accessibility", "confirmed" | "imported" | "usual" | null>>;
};

export async function clearListings(db: PrismaClient): Promise<void> {
  await db.$executeRaw`DELETE FROM service`;
  await db.$executeRaw`DELETE FROM location`;
}

/** Kilometres north of the origin as a latitude. */
export const latNorth = (km: number) => ORIGIN.lat + km * DEG_PER_KM;

export async function addService(db: PrismaClient, s: FixtureService): Promise<string> {
  const terms = await db.taxonomyTerm.findMany({ select: { id: true, code: true, taxonomy: { select: { slug: true } } } });
  const termId = (slug: string, code: string) => {
    const t = terms.find((x) => x.code === code && x.taxonomy.slug === slug);
    if (!t) throw new Error(`no ${slug} term ${code}`);
    return t.id;
  };
  const service = await db.service.create({
    data: {
      name: s.name,
      description: s.description ?? `${s.name}.`,
      listingStatus: s.listingStatus ?? "published",
      isFree: s.isFree ?? null,
      fees: s.fees ?? null,
      minimumAge: s.minimumAge ?? null,
      maximumAge: s.maximumAge ?? null,
      attendingTypes: s.attendingTypes ?? ["in_person"],
      accessTypes: s.accessTypes ?? [],
      verifiedAt: s.verified ? new Date("2026-10-01T10:00:00Z") : null,
      staleSince: s.stale ? new Date("2026-11-01T10:00:00Z") : null,
      attributes: {
        create: [
          ...(s.categories ?? ["visual-arts"]).map((c) => ({ taxonomyTermId: termId("category", c) })),
          ...(s.audiences ?? []).map((c) => ({ taxonomyTermId: termId("audience", c) })),
          ...(s.needs ?? []).map((c) => ({ taxonomyTermId: termId("need", c) })),
        ],
      },
    },
  });
  let salId: string | null = null;
  if (!s.noVenue) {
    const location = await db.location.create({
      data: {
        name: s.name,
        address1: "1 Test Street",
        city: "Halifax",
        postcode: "HX1 1AA",
        lat: s.lat ?? ORIGIN.lat + (s.km ?? 0) * DEG_PER_KM,
        lng: s.lng ?? ORIGIN.lng,
        hideExactAddress: s.hidden ?? false,
        placeCode: s.placeCode ?? ORIGIN.placeCode,
        wardCode: s.wardCode === undefined ? "E05001386" : s.wardCode,
        attributes: { create: (s.accessibility ?? []).map((c) => ({ taxonomyTermId: termId("accessibility", c) })) },
      },
    });
    salId = (await db.serviceAtLocation.create({ data: { serviceId: service.id, locationId: location.id } })).id;
  }
  for (const session of s.sessions ?? []) {
    await db.schedule.create({
      data: {
        serviceId: service.id,
        serviceAtLocationId: salId,
        freq: session.byDay ? "WEEKLY" : null,
        interval: session.byDay ? 1 : null,
        byDay: session.byDay ?? null,
        dtstart: session.date ? new Date(`${session.date}T00:00:00Z`) : null,
        opensAt: session.opensAt,
        closesAt: session.closesAt,
      },
    });
  }
  const given = {
    cost: s.isFree !== undefined || s.fees !== undefined,
    schedule: Boolean(s.sessions?.length),
    accessibility: Boolean(s.accessibility?.length),
    access: Boolean(s.accessTypes?.length),
  };
  for (const fact of ["schedule", "cost", "access", "accessibility"] as const) {
    const state = s.facts && fact in s.facts ? s.facts[fact] : given[fact] ? (s.verified ? "confirmed" : "imported") : null;
    if (!state) continue;
    await db.serviceFact.create({
      data: {
        serviceId: service.id,
        fact,
        state,
        sources: state === "confirmed" ? ["provider"] : state === "imported" ? ["osm"] : [],
        kindOfPlace: state === "usual" ? "park" : null,
        confirmedAt: state === "confirmed" ? new Date("2026-10-01T10:00:00Z") : null,
      },
    });
  }
  return service.id;
}
