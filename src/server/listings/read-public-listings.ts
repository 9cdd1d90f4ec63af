import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { absoluteWebsite } from "@/lib/external-url";
import { publicPoint } from "@/lib/hidden-address";
import { listingSources } from "@/lib/listing-source";
import type { PublicListing, PublicSession, PublicVenue } from "@/lib/public-listing";
import { currentSessions, nextSession, sortSessions } from "@/lib/schedule";
import { formatDate, isoDate } from "@/lib/dates";

export type { PublicListing, PublicSession, PublicVenue };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const include = {
  organisation: { select: { name: true, website: true, charityNumber: true } },
  attributes: { select: { taxonomyTerm: { select: { code: true, sortOrder: true, taxonomy: { select: { slug: true } } } } } },
  serviceAtLocations: {
    orderBy: { id: "asc" },
    select: {
      id: true,
      location: {
        include: {
          ward: { select: { name: true } },
          place: { select: { name: true } },
          attributes: { select: { taxonomyTerm: { select: { code: true, sortOrder: true } } } },
        },
      },
    },
  },
  schedules: true,
  contacts: { include: { phones: { select: { number: true } } } },
  phones: { where: { contactId: null }, select: { number: true } },
  facts: { select: { fact: true, state: true, sources: true, kindOfPlace: true, note: true, confirmedAt: true } },
  // An imported Open Referral listing: when its feed was last read (ADR 0016).
  importRecords: { select: { fetchedAt: true }, orderBy: { fetchedAt: "desc" }, take: 1 },
} as const;

/**
 * Published listings as the public may see them (listing page, shortlist, print and email), in the order of
 * `ids`. Anything not `published` is simply absent: the caller shows a 404 or leaves it off the shortlist.
 * Hidden addresses come back as the area and a rounded point only.
 */
export async function readPublicListings(options: { ids: readonly string[]; now?: Date }, db: Db = prisma): Promise<PublicListing[]> {
  const ids = options.ids.filter((id) => UUID.test(id));
  if (ids.length === 0) return [];
  const now = options.now ?? new Date();
  const services = await db.service.findMany({ where: { id: { in: ids }, listingStatus: "published" }, include });
  const byId = new Map(services.map((s) => [s.id, s]));
  return ids.flatMap((id) => {
    const s = byId.get(id);
    if (!s) return [];
    const codes = (slug: string) =>
      s.attributes
        .filter((a) => a.taxonomyTerm.taxonomy.slug === slug)
        .sort((a, b) => a.taxonomyTerm.sortOrder - b.taxonomyTerm.sortOrder)
        .map((a) => a.taxonomyTerm.code);
    const venues = s.serviceAtLocations.map(({ id: salId, location: l }) => ({ salId, venue: toVenue(l, salId) }));
    const sessions: PublicSession[] = sortSessions(
      currentSessions(
        s.schedules.map((sc) => ({
          id: sc.id,
          freq: sc.freq,
          interval: sc.interval,
          byDay: sc.byDay,
          weekOfMonth: sc.weekOfMonth,
          dtstart: dayOf(sc.dtstart),
          validFrom: dayOf(sc.validFrom),
          validTo: dayOf(sc.validTo),
          opensAt: sc.opensAt,
          closesAt: sc.closesAt,
          description: sc.description,
          serviceAtLocationId: sc.serviceAtLocationId,
          venueName: venues.length > 1 ? (venues.find((v) => v.salId === sc.serviceAtLocationId)?.venue.name ?? null) : null,
        })),
        now,
      ),
    );
    return [
      {
        id: s.id,
        name: s.name,
        alternateName: s.alternateName,
        description: s.description,
        status: s.status,
        categories: codes("category"),
        audiences: codes("audience"),
        needs: codes("need"),
        minimumAge: s.minimumAge,
        maximumAge: s.maximumAge,
        attendingTypes: s.attendingTypes,
        accessTypes: s.accessTypes,
        isFree: s.isFree,
        fees: s.fees,
        url: absoluteWebsite(s.url),
        email: s.email,
        contacts: s.contacts.map((c) => ({ name: c.name, title: c.title, email: c.email, phones: c.phones.map((p) => p.number) })),
        phones: s.phones.map((p) => p.number),
        organisation: s.organisation ? { ...s.organisation, website: absoluteWebsite(s.organisation.website) } : null,
        venues: venues.map((v) => v.venue),
        sessions,
        nextSession: nextSession(sessions, now),
        verifiedAt: s.verifiedAt,
        lastModified: s.updatedAt,
        staleSince: s.staleSince,
        sources: listingSources(
          { ...s, fetched: s.importRecords[0] ? `read ${formatDate(s.importRecords[0].fetchedAt)}` : null },
          s.otherSources,
        ),
        facts: s.facts,
      },
    ];
  });
}

type LocationRow = {
  id: string;
  name: string | null;
  address1: string | null;
  address2: string | null;
  city: string | null;
  postcode: string | null;
  lat: number | null;
  lng: number | null;
  hideExactAddress: boolean;
  ward: { name: string } | null;
  place: { name: string } | null;
  attributes: Array<{ taxonomyTerm: { code: string; sortOrder: number } }>;
};

function toVenue(l: LocationRow, serviceAtLocationId: string): PublicVenue {
  const area = [l.ward?.name, l.place?.name].filter(Boolean).join(", ") || null;
  const lines = [l.address1, l.address2, l.city].filter((x): x is string => Boolean(x && x.trim()));
  return {
    id: l.id,
    serviceAtLocationId,
    name: l.hideExactAddress ? null : l.name,
    address: l.hideExactAddress || (lines.length === 0 && !l.postcode) ? null : { lines, postcode: l.postcode },
    area,
    town: l.hideExactAddress ? null : l.city,
    ward: l.ward?.name ?? null,
    place: l.place?.name ?? null,
    point: publicPoint(l),
    hidden: l.hideExactAddress,
    accessibility: [...l.attributes].sort((a, b) => a.taxonomyTerm.sortOrder - b.taxonomyTerm.sortOrder).map((a) => a.taxonomyTerm.code),
  };
}

const dayOf = (d: Date | null): string | null => (d ? isoDate(d) : null);
