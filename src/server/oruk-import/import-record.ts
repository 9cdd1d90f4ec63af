import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { ImportedService } from "@/lib/validation/oruk-import";
import type { DbOrTx } from "@/server/db/client";
import { suggestDuplicates } from "@/server/moderation/suggest-duplicates";
import { writeImportedService, type ImportProvenance } from "./write-imported-service";

export type RecordOutcome =
  | { kind: "unchanged"; waiting: boolean }
  /** A waiting change the feed no longer says was taken out of the queue. */
  | { kind: "withdrawn" }
  | { kind: "skipped"; reason: string }
  | { kind: "new" | "changed" | "duplicate"; status: "published" | "waiting"; needsPoint: boolean };

export type RecordInput = {
  feed: string;
  raw: unknown;
  value: ImportedService;
  hash: string;
  trust: boolean;
  provenance: ImportProvenance;
  now: Date;
};

/**
 * One feed service against what we hold, inside the caller's transaction (ADR 0016): known and the same as
 * what was applied, waits or was turned down → nothing is written; known and changed → written onto the
 * listing when --trust may (no person has confirmed it) or the listing is not live yet, otherwise kept as a
 * pending change for moderators; unknown → a new listing, or a pending one pointing at its likely duplicates.
 */
export async function importRecord(tx: DbOrTx, input: RecordInput): Promise<RecordOutcome> {
  const { feed, value, hash } = input;
  const record = await tx.importRecord.findUnique({ where: { feed_sourceId: { feed, sourceId: value.sourceId } } });
  if (!record) return importNew(tx, input);

  const pendingNothing = record.pendingHash === null;
  const samePending = hash === record.pendingHash;
  if (hash === record.appliedHash && pendingNothing) return { kind: "unchanged", waiting: false };
  if (samePending && !input.trust) return { kind: "unchanged", waiting: true };
  const base = { raw: input.raw as Prisma.InputJsonValue, fetchedAt: input.now, lockVersion: { increment: 1 } };
  if (hash === record.appliedHash || hash === record.rejectedHash) {
    if (pendingNothing) return { kind: "unchanged", waiting: false };
    // The feed went back to what is live, or to what a moderator turned down: the change that waited is no
    // longer what the feed says, so it stops waiting; nothing else changes.
    await tx.importRecord.update({
      where: { id: record.id },
      data: { ...base, pending: Prisma.DbNull, pendingHash: null, queuedAt: null },
    });
    return { kind: "withdrawn" };
  }
  const service = record.serviceId ? await listingState(tx, record.serviceId) : null;
  if (!service || service.listingStatus === "archived" || service.mergedIntoId) {
    return { kind: "skipped", reason: "archived here by a moderator" };
  }
  const needsPoint = needsAPoint(value);
  const live = service.listingStatus === "published";
  // A suggested duplicate stays a suggestion until a moderator decides, whatever the feed says next; a listing a
  // moderator turned down is only published again by a moderator.
  const undecidedDuplicate = !live && record.duplicateOf.length > 0;
  const rejected = service.listingStatus === "rejected";
  if (input.trust && !service.confirmedByPerson && !needsPoint && !undecidedDuplicate && !rejected) {
    await writeImportedService(tx, service.id, value, input.provenance);
    await tx.service.update({ where: { id: service.id }, data: { listingStatus: "published", version: { increment: 1 } } });
    await tx.importRecord.update({ where: { id: record.id }, data: { ...base, ...applied(value, hash) } });
    return { kind: "changed", status: "published", needsPoint };
  }
  // --trust could not publish what already waits (a person confirmed the listing, no point, a duplicate).
  if (samePending) return { kind: "unchanged", waiting: true };
  // A listing nobody sees yet shows the newest value to its moderator; a live one stays as it is.
  if (!live) {
    await writeImportedService(tx, service.id, value, input.provenance);
    await tx.service.update({ where: { id: service.id }, data: { listingStatus: "pending" } });
  }
  await tx.importRecord.update({
    where: { id: record.id },
    data: { ...base, pending: value as Prisma.InputJsonValue, pendingHash: hash, queuedAt: record.queuedAt ?? input.now },
  });
  return { kind: "changed", status: "waiting", needsPoint };
}

async function importNew(tx: DbOrTx, input: RecordInput): Promise<RecordOutcome> {
  const { value, hash, provenance } = input;
  const service = await tx.service.create({
    data: { name: value.name, source: provenance.source, sourceId: value.sourceId, licence: provenance.licence, listingStatus: "pending" },
    select: { id: true },
  });
  await writeImportedService(tx, service.id, value, provenance);
  const duplicates = await suggestDuplicates(
    {
      serviceId: service.id,
      name: value.name,
      points: value.locations.flatMap((l) => (l.lat !== null && l.lng !== null ? [{ lat: l.lat, lng: l.lng }] : [])),
      url: value.url ?? value.organisation?.website,
      charityNumber: value.organisation?.charityNumber,
    },
    tx,
  );
  const needsPoint = needsAPoint(value);
  const publish = input.trust && duplicates.length === 0 && !needsPoint;
  if (publish) await tx.service.update({ where: { id: service.id }, data: { listingStatus: "published" } });
  await tx.importRecord.create({
    data: {
      feed: input.feed,
      sourceId: value.sourceId,
      serviceId: service.id,
      raw: input.raw as Prisma.InputJsonValue,
      fetchedAt: input.now,
      duplicateOf: duplicates.map((d) => d.id),
      ...(publish ? applied(value, hash) : { pending: value as Prisma.InputJsonValue, pendingHash: hash, queuedAt: input.now }),
    },
  });
  if (duplicates.length) return { kind: "duplicate", status: "waiting", needsPoint };
  return { kind: "new", status: publish ? "published" : "waiting", needsPoint };
}

function applied(value: ImportedService, hash: string) {
  return { applied: value as Prisma.InputJsonValue, appliedHash: hash, pending: Prisma.DbNull, pendingHash: null, queuedAt: null };
}

/** A venue people go to with no point we trust cannot go on the map: a moderator places it first. */
export function needsAPoint(value: ImportedService): boolean {
  const inPerson = value.attendingTypes.length === 0 || value.attendingTypes.includes("in_person");
  return inPerson && value.locations.some((l) => l.pointFrom === "none");
}

/** What decides whether --trust may overwrite: a verification, members, or an approved provider revision. */
async function listingState(tx: DbOrTx, serviceId: string) {
  const s = await tx.service.findUnique({
    where: { id: serviceId },
    select: {
      id: true,
      listingStatus: true,
      mergedIntoId: true,
      verifiedAt: true,
      organisation: { select: { _count: { select: { memberships: true } } } },
      _count: { select: { revisions: { where: { status: "approved" } } } },
    },
  });
  if (!s) return null;
  const confirmedByPerson = s.verifiedAt !== null || (s.organisation?._count.memberships ?? 0) > 0 || s._count.revisions > 0;
  return { id: s.id, listingStatus: s.listingStatus, mergedIntoId: s.mergedIntoId, confirmedByPerson };
}
