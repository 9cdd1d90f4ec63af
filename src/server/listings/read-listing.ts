import "server-only";
import type { DbOrTx } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { timeOf, type Listing, type ListingSession } from "@/lib/validation/listing";
import type { WeekdayCode } from "@/lib/vocabulary";
import { isoDate } from "@/lib/dates";

const include = {
  attributes: { include: { taxonomyTerm: { include: { taxonomy: true } } } },
  serviceAtLocations: { include: { location: { include: { attributes: { include: { taxonomyTerm: true } } } } }, orderBy: { id: "asc" } },
  schedules: true,
  contacts: { include: { phones: true } },
} as const;

/**
 * A service's current rows as a listing value (the inverse of applyListing): what a provider starts editing
 * from and what a moderator's diff compares a revision against.
 */
export async function readListing(serviceId: string, db: DbOrTx = prisma): Promise<Listing | null> {
  const s = await db.service.findUnique({ where: { id: serviceId }, include });
  if (!s) return null;
  const sals = [...s.serviceAtLocations].sort(
    (a, b) => a.location.createdAt.getTime() - b.location.createdAt.getTime() || a.id.localeCompare(b.id),
  );
  const codes = (slug: string) =>
    s.attributes
      .filter((a) => a.taxonomyTerm.taxonomy.slug === slug)
      .map((a) => a.taxonomyTerm.code)
      .sort();
  const contact = s.contacts[0];
  const sessions: ListingSession[] = s.schedules
    .filter((sc) => sc.opensAt !== null && sc.closesAt !== null && (sc.byDay || sc.dtstart))
    .map((sc) => {
      const index = sc.serviceAtLocationId ? sals.findIndex((x) => x.id === sc.serviceAtLocationId) : -1;
      const common = {
        opensAt: timeOf(sc.opensAt!),
        closesAt: timeOf(Math.min(sc.closesAt!, 23 * 60 + 59)), // imported "open all day" rows end at 24:00
        ...(index > 0 ? { locationIndex: index } : {}),
        ...(sc.description ? { description: sc.description } : {}),
      };
      return sc.byDay
        ? { kind: "weekly" as const, byDay: sc.byDay as WeekdayCode, ...repeatOf(sc), ...common }
        : { kind: "event" as const, date: isoDate(sc.dtstart!), ...common };
    })
    .sort(sessionOrder);
  return {
    name: s.name,
    description: s.description,
    categories: codes("category"),
    minimumAge: s.minimumAge,
    maximumAge: s.maximumAge,
    audiences: codes("audience"),
    needs: codes("need"),
    attendingTypes: s.attendingTypes,
    locations: sals.map(({ location: l }) => ({
      ...(l.name ? { name: l.name } : {}),
      address1: l.address1 ?? "",
      ...(l.address2 ? { address2: l.address2 } : {}),
      city: l.city ?? "",
      postcode: l.postcode ?? "",
      hideExactAddress: l.hideExactAddress,
      ...(l.lat !== null ? { lat: l.lat } : {}),
      ...(l.lng !== null ? { lng: l.lng } : {}),
      accessibility: l.attributes.map((a) => a.taxonomyTerm.code).sort(),
    })),
    sessions,
    isFree: s.isFree ?? false,
    ...(s.fees ? { fees: s.fees } : {}),
    accessTypes: s.accessTypes,
    ...(contact?.name ? { contactName: contact.name } : {}),
    ...((s.email ?? contact?.email) ? { email: (s.email ?? contact?.email)! } : {}),
    ...(contact?.phones[0] ? { phone: contact.phones[0].number } : {}),
    ...(s.url ? { url: s.url } : {}),
  };
}

const DAY_ORDER = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
function sessionOrder(a: ListingSession, b: ListingSession): number {
  const key = (s: ListingSession) => (s.kind === "weekly" ? `0${DAY_ORDER.indexOf(s.byDay)}` : `1${s.date}`) + s.opensAt;
  return key(a).localeCompare(key(b));
}

/** How often a recurring session repeats, as the form enters it: nothing for every week. */
function repeatOf(sc: {
  freq: string | null;
  interval: number | null;
  weekOfMonth: number | null;
}): Pick<Extract<ListingSession, { kind: "weekly" }>, "interval" | "weekOfMonth"> {
  if (sc.freq === "MONTHLY" && sc.weekOfMonth !== null) return { weekOfMonth: sc.weekOfMonth as 1 | 2 | 3 | 4 | -1 };
  return sc.interval !== null && sc.interval > 1 ? { interval: sc.interval } : {};
}
