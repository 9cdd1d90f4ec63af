import type { ListingLocation } from "@/lib/validation/listing";
import { coordinateOf, optional, rowIndexes, text, withoutRows, type FormValues } from "./form-values";

/** One venue on the "where" form, as typed. */
export type VenueRow = {
  name: string;
  address1: string;
  address2: string;
  city: string;
  postcode: string;
  /** "yes" when it is a home address the public must not see. */
  hideExactAddress: string;
  /** The map pin, set from the postcode and perhaps nudged. */
  lat: string;
  lng: string;
  /** The postcode the pin was placed for: a pin left over from an earlier postcode is reset. */
  pinPostcode: string;
  /** The venue's position in the saved draft ("" for a new one), so its sessions and accessibility follow it. */
  origin: string;
};

export const MAX_VENUE_ROWS = 10;

export function emptyVenueRow(): VenueRow {
  return {
    name: "",
    address1: "",
    address2: "",
    city: "",
    postcode: "",
    hideExactAddress: "",
    lat: "",
    lng: "",
    pinPostcode: "",
    origin: "",
  };
}

export function readVenueRows(values: FormValues): VenueRow[] {
  return rowIndexes(values, "locations").map((i) => {
    const row = emptyVenueRow();
    for (const name of Object.keys(row) as Array<keyof VenueRow>) row[name] = text(values, `locations.${i}.${name}`);
    return row;
  });
}

export function writeVenueRows(rows: readonly VenueRow[], base: FormValues = {}): FormValues {
  const out: FormValues = withoutRows(base, "locations");
  rows.forEach((row, i) => {
    for (const [name, value] of Object.entries(row)) out[`locations.${i}.${name}`] = value;
  });
  return out;
}

/** The value the location schema parses (accessibility is its own step, so it is not part of this one). */
export function venueInput(row: VenueRow): Record<string, unknown> {
  return {
    name: row.name,
    address1: row.address1,
    address2: row.address2,
    city: row.city,
    postcode: row.postcode,
    hideExactAddress: row.hideExactAddress === "yes",
    lat: coordinateOf(row.lat),
    lng: coordinateOf(row.lng),
  };
}

/** Where each submitted venue came from in the draft (null for a new one). */
export function venueOrigins(rows: readonly VenueRow[]): Array<number | null> {
  return rows.map((r) => (/^\d{1,2}$/.test(r.origin) ? Number(r.origin) : null));
}

export function venueRowsFromDraft(locations: readonly ListingLocation[]): VenueRow[] {
  return locations.map((l, i) => ({
    name: l.name ?? "",
    address1: l.address1,
    address2: l.address2 ?? "",
    city: l.city,
    postcode: l.postcode,
    hideExactAddress: l.hideExactAddress ? "yes" : "",
    lat: l.lat === undefined ? "" : String(l.lat),
    lng: l.lng === undefined ? "" : String(l.lng),
    pinPostcode: l.lat === undefined ? "" : l.postcode,
    origin: String(i),
  }));
}

/** A short name for a venue in headings and choices: its name, else its first address line, else its number. */
export function venueLabel(location: { name?: string | undefined; address1?: string | undefined } | undefined, index: number): string {
  return optional(location?.name ?? "") ?? optional(location?.address1 ?? "") ?? `Venue ${index + 1}`;
}
