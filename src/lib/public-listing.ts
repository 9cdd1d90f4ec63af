// A published listing as the public may see it (listing page, shortlist, print and email): what
// readPublicListings() returns. Here, not in src/server, so the pure wording of a listing can take it.
import type { FactProvenance } from "@/lib/fact-provenance";
import type { ListingSource } from "@/lib/listing-source";
import type { NextSession, ScheduleRow } from "@/lib/schedule";

export type PublicVenue = {
  id: string;
  /** The service-at-location this venue is reached through (one listing, one venue). */
  serviceAtLocationId: string;
  name: string | null;
  /** Street address lines and postcode; null when the address is hidden (home-based sessions). */
  address: { lines: string[]; postcode: string | null } | null;
  /** "Town, Calderdale": all the public sees of a hidden address, and a caption for the others. */
  area: string | null;
  /** The town of the address (null when hidden), and the ward and place names the area is made of. */
  town: string | null;
  ward: string | null;
  place: string | null;
  point: { lat: number; lng: number } | null;
  hidden: boolean;
  accessibility: string[];
};

/** `serviceAtLocationId` null: a session of the listing as a whole, not of one of its venues. */
export type PublicSession = ScheduleRow & { id: string; venueName: string | null; serviceAtLocationId: string | null };

export type PublicListing = {
  id: string;
  name: string;
  /** Other names it is known by ("; " between them), e.g. its name in an older source (ADR 0003). */
  alternateName: string | null;
  description: string;
  status: string;
  categories: string[];
  audiences: string[];
  needs: string[];
  minimumAge: number | null;
  maximumAge: number | null;
  attendingTypes: string[];
  accessTypes: string[];
  isFree: boolean | null;
  fees: string | null;
  url: string | null;
  email: string | null;
  contacts: Array<{ name: string | null; title: string | null; email: string | null; phones: string[] }>;
  phones: string[];
  organisation: { name: string; website: string | null; charityNumber: string | null } | null;
  venues: PublicVenue[];
  sessions: PublicSession[];
  nextSession: NextSession | null;
  verifiedAt: Date | null;
  lastModified: Date;
  staleSince: Date | null;
  /** Every open-data record behind an imported listing, its own first (none for a provider's listing). */
  sources: ListingSource[];
  /** Where each stated fact comes from (ADR 0009); a fact kind with no entry is not stated. */
  facts: FactProvenance[];
};
