import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { assertModerator, type Actor } from "@/server/auth/policy";
import type { Listing } from "@/lib/validation/listing";
import { readListing } from "@/server/listings/read-listing";
import { awaitingVerification } from "./verification-queue-sql";
import { suggestDuplicates, type DuplicateCandidate } from "./suggest-duplicates";

export type ListingForModeration = {
  service: {
    id: string;
    name: string;
    listingStatus: "draft" | "pending" | "published" | "rejected" | "archived";
    version: number;
    verifiedAt: Date | null;
    staleSince: Date | null;
    /** In the verify queue (verification-queue-sql.ts). */
    awaitingVerification: boolean;
    source: string;
    organisation: { id: string; name: string; charityNumber: string | null } | null;
    mergedInto: { id: string; name: string } | null;
  };
  listing: Listing | null;
  openReports: Array<{ id: string; topic: string; message: string; createdAt: Date }>;
  pendingRevisions: Array<{ id: string; submittedAt: Date }>;
  pendingClaims: Array<{ id: string; organisation: string }>;
  duplicates: DuplicateCandidate[];
};

/** A moderator's view of one listing: its state, its live details, what is waiting on it, likely duplicates. */
export async function getListingForModeration(serviceId: string, actor: Actor, db: Db = prisma): Promise<ListingForModeration | null> {
  assertModerator(actor);
  const s = await db.service.findUnique({
    where: { id: serviceId },
    include: {
      organisation: { select: { id: true, name: true, charityNumber: true } },
      mergedInto: { select: { id: true, name: true } },
      reports: {
        where: { status: "open" },
        orderBy: { createdAt: "asc" },
        select: { id: true, topic: true, message: true, createdAt: true },
      },
      revisions: { where: { status: "pending" }, orderBy: { createdAt: "asc" }, select: { id: true, submittedAt: true, updatedAt: true } },
      claims: { where: { status: "pending" }, select: { id: true, organisation: { select: { name: true } } } },
      serviceAtLocations: { select: { location: { select: { lat: true, lng: true } } } },
    },
  });
  if (!s) return null;
  const live = s.listingStatus === "published" || s.listingStatus === "archived";
  const points = s.serviceAtLocations.flatMap(({ location: l }) => (l.lat !== null && l.lng !== null ? [{ lat: l.lat, lng: l.lng }] : []));
  const [listing, duplicates, [awaiting]] = await Promise.all([
    live ? readListing(serviceId, db) : Promise.resolve(null),
    s.listingStatus === "archived"
      ? Promise.resolve([])
      : suggestDuplicates({ serviceId, name: s.name, points, url: s.url, charityNumber: s.organisation?.charityNumber }, db),
    db.$queryRaw<
      Array<{ yes: boolean }>
    >`SELECT EXISTS (SELECT 1 FROM service s WHERE s.id = ${serviceId}::uuid AND ${awaitingVerification}) AS yes`,
  ]);
  return {
    service: {
      id: s.id,
      name: s.name,
      listingStatus: s.listingStatus,
      version: s.version,
      verifiedAt: s.verifiedAt,
      staleSince: s.staleSince,
      awaitingVerification: awaiting?.yes ?? false,
      source: s.source,
      organisation: s.organisation,
      mergedInto: s.mergedInto,
    },
    listing,
    openReports: s.reports,
    pendingRevisions: s.revisions.map((r) => ({ id: r.id, submittedAt: r.submittedAt ?? r.updatedAt })),
    pendingClaims: s.claims.map((c) => ({ id: c.id, organisation: c.organisation.name })),
    duplicates,
  };
}
