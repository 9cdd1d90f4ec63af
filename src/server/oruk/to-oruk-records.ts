import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { isoDate } from "@/lib/dates";
import { absoluteWebsite } from "@/lib/external-url";
import { publicPoint } from "@/lib/hidden-address";
import type {
  OrukAttribute,
  OrukLocation,
  OrukOrganization,
  OrukSchedule,
  OrukService,
  OrukServiceSummary,
  OrukTaxonomy,
  OrukTaxonomyTerm,
} from "@/lib/validation/oruk-records";

// Our rows as Open Referral UK records (docs/decisions/0015-open-referral-api.md). Only what the public pages
// show leaves: a hidden home address has no name, no street and no postcode, and a rounded point (ADR 0011);
// an organisation's own email and its members never appear, only the contact details on the listing.

const termInclude = { include: { taxonomy: true } } as const;
const locationInclude = {
  include: { attributes: { include: { taxonomyTerm: termInclude } }, ward: true, place: true },
} as const;

export const orukServiceInclude = {
  organisation: true,
  serviceAtLocations: { orderBy: { id: "asc" }, include: { location: locationInclude } },
  schedules: { orderBy: { id: "asc" } },
  costOptions: { orderBy: { id: "asc" } },
  contacts: { orderBy: { id: "asc" }, include: { phones: { orderBy: { id: "asc" } } } },
  phones: { where: { contactId: null }, orderBy: { id: "asc" } },
  attributes: { orderBy: { id: "asc" }, include: { taxonomyTerm: termInclude } },
  serviceAreas: { orderBy: { id: "asc" } },
} satisfies Prisma.ServiceInclude;

export type ServiceRow = Prisma.ServiceGetPayload<{ include: typeof orukServiceInclude }>;
type OrganisationRow = ServiceRow["organisation"] & {};
type LocationRow = ServiceRow["serviceAtLocations"][number]["location"];
type TermRow = Prisma.TaxonomyTermGetPayload<typeof termInclude>;
type ScheduleRow = ServiceRow["schedules"][number];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Leaves out what is not there: the standard's fields are never null. */
const opt = <T>(v: T | null | undefined): T | undefined => (v === null || v === undefined || v === "" ? undefined : v);
const email = (v: string | null) => (v && EMAIL.test(v.trim()) ? v.trim() : undefined);
const day = (d: Date | null) => (d ? isoDate(d) : undefined);
const hhmm = (minutes: number | null) =>
  minutes === null ? undefined : `${String(Math.floor(minutes / 60) % 24).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

export function toOrukTaxonomy(t: {
  id: string;
  name: string;
  description: string | null;
  uri: string | null;
  version: string | null;
}): OrukTaxonomy {
  return { id: t.id, name: t.name, description: t.description ?? "", uri: opt(t.uri), version: opt(t.version) };
}

export function toOrukTerm(t: TermRow): OrukTaxonomyTerm {
  return {
    id: t.id,
    name: t.name,
    description: t.description ?? "",
    code: t.code,
    parent_id: opt(t.parentId),
    taxonomy: t.taxonomy.name,
    taxonomy_id: t.taxonomyId,
  };
}

function toAttribute(a: { id: string; taxonomyTerm: TermRow }, link: { id: string; type: OrukAttribute["link_type"] }): OrukAttribute {
  return {
    id: a.id,
    link_id: link.id,
    link_type: link.type,
    taxonomy_term_id: a.taxonomyTerm.id,
    taxonomy_term: toOrukTerm(a.taxonomyTerm),
  };
}

export function toOrukOrganization(o: OrganisationRow): OrukOrganization {
  return {
    id: o.id,
    name: o.name,
    description: o.description,
    website: opt(absoluteWebsite(o.website)),
    organization_identifiers: o.charityNumber
      ? [
          {
            // Derived from the organisation and the scheme, so it stays the same across requests.
            id: o.id,
            organization_id: o.id,
            identifier_scheme: "GB-CHC",
            identifier_type: "Charity number",
            identifier: o.charityNumber,
          },
        ]
      : [],
  };
}

export function toOrukLocation(l: LocationRow): OrukLocation {
  const point = publicPoint(l);
  const area = [l.ward?.name, l.place?.name].filter(Boolean).join(", ");
  const accessibility = l.attributes.filter((a) => a.taxonomyTerm.taxonomy.slug === "accessibility");
  const street = [l.address1, l.address2].filter((x) => x && x.trim()).join(", ");
  const showAddress = !l.hideExactAddress && Boolean(street || l.postcode);
  return {
    id: l.id,
    location_type: l.locationType === "virtual" || l.locationType === "postal" ? l.locationType : "physical",
    name: l.hideExactAddress ? (area ? `Home-based, in ${area}` : "Home-based") : opt(l.name),
    description: l.hideExactAddress ? "Someone's home: the exact address is given when you get in touch." : opt(l.description),
    latitude: point?.lat,
    longitude: point?.lng,
    addresses: showAddress
      ? [
          {
            id: l.id,
            location_id: l.id,
            address_1: street,
            city: l.city ?? l.place?.name ?? "",
            state_province: "West Yorkshire",
            postal_code: l.postcode ?? "",
            country: "GB",
            address_type: "physical",
          },
        ]
      : [],
    accessibility: accessibility.map((a) => ({
      id: a.id,
      location_id: l.id,
      description: a.taxonomyTerm.name,
      details: opt(a.value) ?? opt(a.taxonomyTerm.description),
    })),
    attributes: l.attributes.map((a) => toAttribute(a, { id: l.id, type: "location" })),
  };
}

function toSchedule(s: ScheduleRow): OrukSchedule {
  const byday = s.byDay ? (s.freq === "MONTHLY" && s.weekOfMonth ? `${s.weekOfMonth}${s.byDay}` : s.byDay) : undefined;
  return {
    id: s.id,
    service_id: s.serviceId,
    service_at_location_id: opt(s.serviceAtLocationId),
    valid_from: day(s.validFrom),
    valid_to: day(s.validTo),
    dtstart: day(s.dtstart),
    freq: opt(s.freq),
    interval: s.freq ? (s.interval ?? 1) : undefined,
    byday,
    opens_at: hhmm(s.opensAt),
    closes_at: hhmm(s.closesAt),
    description: opt(s.description),
    attending_type: opt(s.attendingType),
  };
}

export function toOrukServiceSummary(
  s: Omit<ServiceRow, "serviceAtLocations" | "schedules" | "costOptions" | "contacts" | "phones" | "attributes" | "serviceAreas">,
): OrukServiceSummary {
  return {
    id: s.id,
    organization_id: opt(s.organisationId),
    name: s.name,
    alternate_name: opt(s.alternateName),
    description: s.description,
    url: opt(absoluteWebsite(s.url)),
    email: email(s.email),
    status: s.status === "temporarily_closed" ? "temporarily closed" : s.status,
    fees: opt(s.fees),
    minimum_age: opt(s.minimumAge),
    maximum_age: opt(s.maximumAge),
    assured_date: day(s.verifiedAt),
    last_modified: s.updatedAt.toISOString(),
    organization: s.organisation ? toOrukOrganization(s.organisation) : undefined,
  };
}

export function toOrukService(s: ServiceRow): OrukService {
  return {
    ...toOrukServiceSummary(s),
    service_at_locations: s.serviceAtLocations.map((sal) => ({
      id: sal.id,
      service_id: s.id,
      location_id: sal.locationId,
      location: toOrukLocation(sal.location),
      schedules: s.schedules.filter((sc) => sc.serviceAtLocationId === sal.id).map(toSchedule),
    })),
    schedules: s.schedules.map(toSchedule),
    cost_options: s.costOptions.map((c) => ({
      id: c.id,
      service_id: s.id,
      option: opt(c.option),
      amount: c.amount === null ? undefined : Number(c.amount),
      amount_description: opt(c.amountDescription),
      valid_from: day(c.validFrom),
      valid_to: day(c.validTo),
    })),
    contacts: s.contacts.map((c) => ({
      id: c.id,
      service_id: s.id,
      name: opt(c.name),
      title: opt(c.title),
      email: email(c.email),
      phones: c.phones.map((p) => ({ id: p.id, number: p.number, description: opt(p.description), contact_id: c.id })),
    })),
    phones: s.phones.map((p) => ({ id: p.id, number: p.number, description: opt(p.description), service_id: s.id })),
    attributes: s.attributes.map((a) => toAttribute(a, { id: s.id, type: "service" })),
    service_areas: s.serviceAreas.map((a) => ({
      id: a.id,
      service_id: s.id,
      name: a.name,
      extent_type: opt(a.extentType),
      description: opt(a.description),
      uri: opt(a.uri),
    })),
    // We do not record the languages a service is offered in; an empty list rather than a guess.
    languages: [],
  };
}
