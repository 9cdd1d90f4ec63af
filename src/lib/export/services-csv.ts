// The directory as a spreadsheet: one row per published service at one of its venues (a service with no venue:
// one row, venue columns empty). Every fact is worded as on the listing page, print view and email
// (src/lib/listing-words.ts, fact-provenance.ts, listing-fact-lines.ts); a hidden home address gives only its
// area and the rounded point (ADR 0011), as PublicListing already holds it.
import type { CsvValue } from "@/lib/csv";
import { isoDate } from "@/lib/dates";
import { rowLicence } from "@/lib/data-licences";
import { accessWords, costWords } from "@/lib/fact-provenance";
import { accessibilityOf, contactOf, factOf } from "@/lib/listing-fact-lines";
import { accessText, agesText, sessionLine, termNames } from "@/lib/listing-words";
import type { PublicListing, PublicVenue } from "@/lib/public-listing";

export const SERVICES_CSV_HEADER = [
  "Service ID",
  "Service at location ID",
  "Name",
  "Also known as",
  "Description",
  "Organisation",
  "Categories",
  "Website",
  "Email",
  "Phone",
  "Venue",
  "Address",
  "Town",
  "Postcode",
  "Latitude",
  "Longitude",
  "Place",
  "Ward",
  "Days and times",
  "Cost",
  "Ages",
  "How to join",
  "Accessibility",
  "Verified",
  "Last modified",
  "Source",
  "Source record",
  "Licence",
  "Listing on this directory",
] as const;

/** The rows of one listing: `listingUrl` is the absolute address of its page here. */
export function servicesCsvRows(l: PublicListing, listingUrl: string): CsvValue[][] {
  const contact = contactOf(l);
  const hoursNote = factOf(l, "schedule")?.note ?? null;
  const shared = {
    cost: costWords(l.isFree, l.fees, factOf(l, "cost")),
    join: accessWords(l.accessTypes, factOf(l, "access")) ?? accessText(l.accessTypes),
  };
  const row = (v: PublicVenue | null): CsvValue[] => {
    // A session at another of the listing's venues belongs on that venue's row.
    const sessions = l.sessions.filter(
      (s) => !v || l.venues.length === 1 || !s.serviceAtLocationId || s.serviceAtLocationId === v.serviceAtLocationId,
    );
    const when = [...sessions.map((s) => sessionLine(s)), ...(hoursNote ? [hoursNote] : [])].join("; ");
    return [
      l.id,
      v?.serviceAtLocationId,
      l.name,
      l.alternateName,
      l.description,
      l.organisation?.name,
      termNames("category", l.categories).join(", "),
      contact.url,
      contact.email,
      contact.phones.join(", "),
      v?.name,
      v?.address?.lines.filter((line) => line !== v.town).join(", "),
      v?.town,
      v?.address?.postcode,
      v?.point?.lat,
      v?.point?.lng,
      v?.place,
      v?.ward,
      when,
      shared.cost,
      agesText(l.minimumAge, l.maximumAge),
      shared.join,
      accessibilityOf(l),
      l.verifiedAt ? isoDate(l.verifiedAt) : null,
      l.lastModified.toISOString(),
      l.sources.map((x) => x.name).join("; ") || "Provider",
      l.sources.flatMap((x) => x.link ?? []).join(" "),
      rowLicence(l.sources),
      listingUrl,
    ];
  };
  return l.venues.length ? l.venues.map(row) : [row(null)];
}
