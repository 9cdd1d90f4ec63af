import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import type { Actor } from "@/server/auth/policy";
import { listingSchema, type Listing, type ListingInput } from "@/lib/validation/listing";
import { applyListing } from "@/server/listings/apply-listing";
import type { ImportedService } from "@/lib/validation/oruk-import";
import { importHash } from "@/server/oruk-import/import-hash";
import { writeImportedService } from "@/server/oruk-import/write-imported-service";
import { sampleImportedService } from "./imported-service";

// Small factories for integration tests: real rows through the real use cases (applyListing, listingSchema),
// unique per call so test files and tests can run in parallel on one database.

export const uniq = () => randomBytes(4).toString("hex");

export function sampleListing(over: Partial<ListingInput> = {}): Listing {
  return listingSchema.parse({
    name: `Square Chapel Singers ${uniq()}`,
    description: "A friendly community choir. No auditions, no need to read music; tea at half time.",
    categories: ["singing-and-choirs"],
    attendingTypes: ["in_person"],
    locations: [
      { name: "Square Chapel", address1: "10 Square Road", city: "Halifax", postcode: "HX1 1QG", accessibility: ["step-free-access"] },
    ],
    sessions: [{ kind: "weekly", byDay: "TU", opensAt: "19:00", closesAt: "21:00" }],
    isFree: true,
    accessTypes: ["drop_in"],
    ...over,
  });
}

export async function makeUser(db: PrismaClient, role: Role = "provider", prefix: string = role): Promise<Actor> {
  const user = await db.user.create({ data: { email: `${prefix}-${uniq()}@example.org`, role } });
  return { id: user.id, email: user.email, name: null, role: user.role };
}

export const makeModerator = (db: PrismaClient) => makeUser(db, "moderator");

export async function makeOrganisationWithMember(db: PrismaClient, over: { charityNumber?: string; website?: string } = {}) {
  const user = await makeUser(db, "provider");
  const organisation = await db.organisation.create({
    data: {
      name: `Calder Voices ${uniq()}`,
      charityNumber: over.charityNumber ?? null,
      website: over.website ?? null,
      memberships: { create: { userId: user.id } },
    },
  });
  return { organisation, user };
}

/** A live listing, written through applyListing. `verifiedAt` defaults to now; null makes it "not yet verified". */
export async function makePublishedListing(
  db: PrismaClient,
  o: { organisationId?: string | null; listing?: Listing; verifiedAt?: Date | null; source?: string; createdAt?: Date } = {},
) {
  const listing = o.listing ?? sampleListing();
  const service = await db.service.create({
    data: {
      name: listing.name,
      listingStatus: "published",
      organisationId: o.organisationId ?? null,
      verifiedAt: o.verifiedAt === undefined ? new Date() : o.verifiedAt,
      source: o.source ?? "provider",
      sourceId: o.source && o.source !== "provider" ? uniq() : null,
      ...(o.createdAt ? { createdAt: o.createdAt } : {}),
    },
  });
  await db.$transaction((tx) => applyListing(tx, service.id, listing));
  return db.service.findUniqueOrThrow({ where: { id: service.id } });
}

/** A provider's new listing waiting for review: a pending service and its pending revision. */
export async function makePendingNewListing(
  db: PrismaClient,
  o: { organisationId: string; userId: string; listing?: Listing; submittedAt?: Date },
) {
  const listing = o.listing ?? sampleListing();
  const service = await db.service.create({ data: { name: listing.name, listingStatus: "pending", organisationId: o.organisationId } });
  const revision = await db.revision.create({
    data: {
      serviceId: service.id,
      organisationId: o.organisationId,
      createdById: o.userId,
      status: "pending",
      baseVersion: service.version,
      data: listing,
      submittedAt: o.submittedAt ?? new Date(),
    },
  });
  return { service, revision, listing };
}

/** A pending edit of a live listing, made against its current version unless `baseVersion` says otherwise. */
export async function makePendingEdit(
  db: PrismaClient,
  o: { serviceId: string; organisationId: string; userId: string; listing: Listing; baseVersion?: number; submittedAt?: Date },
) {
  const service = await db.service.findUniqueOrThrow({ where: { id: o.serviceId } });
  return db.revision.create({
    data: {
      serviceId: o.serviceId,
      organisationId: o.organisationId,
      createdById: o.userId,
      status: "pending",
      baseVersion: o.baseVersion ?? service.version,
      data: o.listing,
      submittedAt: o.submittedAt ?? new Date(),
    },
  });
}

export async function makeClaim(db: PrismaClient, o: { serviceId: string; organisationId: string; userId: string; message?: string }) {
  return db.claimRequest.create({
    data: {
      serviceId: o.serviceId,
      organisationId: o.organisationId,
      userId: o.userId,
      message: o.message ?? "I run the choir and organise its sessions.",
    },
  });
}

/**
 * What an Open Referral import leaves for a moderator: an import record with a pending value and its listing.
 * Without `applied` it is a new import (a `pending` listing already written from the pending value); with
 * `applied` it is a change to a live listing (written from `applied`, left alone until approved).
 */
export async function makeImportRecord(
  db: PrismaClient,
  o: { pending?: ImportedService; applied?: ImportedService; feed?: string; queuedAt?: Date; duplicateOf?: string[] } = {},
) {
  const feed = o.feed ?? `feed-${uniq()}.example.org/api/v1`;
  const sourceId = o.applied?.sourceId ?? o.pending?.sourceId ?? `svc-${uniq()}`;
  const pending = o.pending ?? sampleImportedService({ sourceId, name: `Calder Valley Singers ${uniq()}` });
  const live = o.applied ?? null;
  const provenance = { source: `oruk:${feed}`, licence: "OGL-UK-3.0" };
  const service = await db.service.create({
    data: { name: (live ?? pending).name, listingStatus: live ? "published" : "pending", ...provenance, sourceId },
  });
  await db.$transaction((tx) => writeImportedService(tx, service.id, live ?? pending, provenance));
  const record = await db.importRecord.create({
    data: {
      feed,
      sourceId,
      serviceId: service.id,
      ...(live ? { applied: live, appliedHash: importHash(live) } : {}),
      pending,
      pendingHash: importHash(pending),
      duplicateOf: o.duplicateOf ?? [],
      raw: { id: sourceId, name: pending.name },
      fetchedAt: o.queuedAt ?? new Date(),
      queuedAt: o.queuedAt ?? new Date(),
    },
  });
  return { record, service: await db.service.findUniqueOrThrow({ where: { id: service.id } }), pending };
}
