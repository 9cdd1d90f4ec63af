import "server-only";
import type { DbOrTx } from "@/server/db/client";
import { invalid, ok, type Result } from "@/lib/result";
import { normalisePostcode } from "@/lib/postcode";
import type { ListingLocation } from "@/lib/validation/listing";
import { distanceKm, PIN_MAX_KM } from "@/lib/listing-form/pin";
import { lookupPostcode } from "@/server/geo/lookup-postcode";

export type LocatedVenues = Result<{ locations: ListingLocation[] }, "invalid">;

/**
 * Checks each venue's postcode against the West Yorkshire postcode table and places its map pin: at the
 * postcode's centre, unless the provider nudged it for this same postcode (and kept it within 2 km).
 * @param pinPostcodes the postcode each submitted pin was placed for; without it a saved pin is kept.
 */
export async function locateVenues(
  tx: DbOrTx,
  locations: readonly ListingLocation[],
  pinPostcodes?: readonly string[],
): Promise<LocatedVenues> {
  const fieldErrors: Record<string, string> = {};
  const located: ListingLocation[] = [];
  for (const [i, venue] of locations.entries()) {
    const found = await lookupPostcode(venue.postcode, tx);
    if (!found.ok) {
      fieldErrors[`locations.${i}.postcode`] = found.error.message;
      located.push(venue);
      continue;
    }
    const centre = { lat: found.value.lat, lng: found.value.lng };
    const pinFor = pinPostcodes ? normalisePostcode(pinPostcodes[i]) : venue.postcode;
    const pinned = venue.lat !== undefined && venue.lng !== undefined && pinFor === venue.postcode;
    if (pinned && distanceKm(centre, { lat: venue.lat!, lng: venue.lng! }) > PIN_MAX_KM) {
      fieldErrors[`locations.${i}.postcode`] =
        `The map pin is more than ${PIN_MAX_KM} km from ${venue.postcode}. Find the postcode again to put the pin back`;
    }
    located.push(pinned ? venue : { ...venue, ...centre });
  }
  return Object.keys(fieldErrors).length ? invalid(fieldErrors) : ok({ locations: located });
}
