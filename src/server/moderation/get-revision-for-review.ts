import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { assertModerator, type Actor } from "@/server/auth/policy";
import { diffListings, type DiffRow } from "@/lib/listing-diff";
import { listingSchema, type Listing } from "@/lib/validation/listing";
import { readListing } from "@/server/listings/read-listing";
import { suggestDuplicates, type DuplicateCandidate } from "./suggest-duplicates";

export type RevisionReview = {
  revision: {
    id: string;
    status: string;
    lockVersion: number;
    baseVersion: number;
    submittedAt: Date;
    message: string | null;
    author: string | null;
    organisation: { name: string; charityNumber: string | null } | null;
  };
  service: { id: string; name: string; listingStatus: string; version: number };
  isNew: boolean;
  /** Made against an older live version: the live listing changed after the provider started. */
  behind: boolean;
  proposed: Listing | null;
  problems: string[];
  rows: DiffRow[];
  duplicates: DuplicateCandidate[];
  decisions: Array<{ action: string; reason: string | null; createdAt: Date; moderator: string | null }>;
};

/** Everything the revision page shows: the field-by-field diff against the live listing, flags, duplicates. */
export async function getRevisionForReview(revisionId: string, actor: Actor, db: Db = prisma): Promise<RevisionReview | null> {
  assertModerator(actor);
  const r = await db.revision.findUnique({
    where: { id: revisionId },
    include: {
      service: { select: { id: true, name: true, listingStatus: true, version: true } },
      createdBy: { select: { email: true } },
      organisation: { select: { name: true, charityNumber: true } },
      decisions: { orderBy: { createdAt: "desc" }, include: { moderator: { select: { email: true } } } },
    },
  });
  if (!r || r.status === "draft") return null;
  const isNew = r.service.listingStatus !== "published" && r.service.listingStatus !== "archived";
  const parsed = listingSchema.safeParse(r.data);
  const proposed = parsed.success ? parsed.data : null;
  const live = isNew ? null : await readListing(r.serviceId, db);
  const points = proposed ? await pointsOf(proposed, db) : [];
  const duplicates = proposed
    ? await suggestDuplicates(
        { serviceId: r.serviceId, name: proposed.name, points, url: proposed.url, charityNumber: r.organisation?.charityNumber },
        db,
      )
    : [];
  return {
    revision: {
      id: r.id,
      status: r.status,
      lockVersion: r.lockVersion,
      baseVersion: r.baseVersion,
      submittedAt: r.submittedAt ?? r.updatedAt,
      message: r.message,
      author: r.createdBy?.email ?? null,
      organisation: r.organisation,
    },
    service: r.service,
    isNew,
    behind: !isNew && r.baseVersion < r.service.version,
    proposed,
    problems: parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".") || "listing"}: ${i.message}`),
    rows: proposed ? diffListings(live, proposed) : [],
    duplicates,
    decisions: r.decisions.map((d) => ({
      action: d.action,
      reason: d.reason,
      createdAt: d.createdAt,
      moderator: d.moderator?.email ?? null,
    })),
  };
}

/** Map points of a proposed listing: the provider's pin, else the postcode's centroid. */
async function pointsOf(listing: Listing, db: Db): Promise<Array<{ lat: number; lng: number }>> {
  const postcodes = listing.locations.filter((l) => l.lat === undefined || l.lng === undefined).map((l) => l.postcode);
  const found = postcodes.length
    ? await db.postcode.findMany({ where: { pcd: { in: postcodes } }, select: { pcd: true, lat: true, lng: true } })
    : [];
  return listing.locations.flatMap((l) => {
    if (l.lat !== undefined && l.lng !== undefined) return [{ lat: l.lat, lng: l.lng }];
    const p = found.find((f) => f.pcd === l.postcode);
    return p ? [{ lat: p.lat, lng: p.lng }] : [];
  });
}
