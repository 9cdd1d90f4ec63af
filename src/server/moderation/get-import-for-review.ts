import "server-only";
import type { DiffRow } from "@/lib/listing-diff";
import { listingSource } from "@/lib/listing-source";
import { diffImportedServices, importWarnings, originalTermMatches, type OriginalTerm } from "@/lib/oruk-import-diff";
import { importedServiceSchema, type ImportedService } from "@/lib/validation/oruk-import";
import { assertModerator, type Actor } from "@/server/auth/policy";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { suggestDuplicates, type DuplicateCandidate } from "./suggest-duplicates";

export type ImportReview = {
  record: { id: string; feed: string; sourceId: string; fetchedAt: Date; queuedAt: Date | null; lockVersion: number };
  service: { id: string; name: string; listingStatus: string; licence: string } | null;
  /** Something waits for a decision (pending is set and the listing can still take it). */
  waiting: boolean;
  /** No value was ever applied: approving publishes a new listing. */
  isNew: boolean;
  /** The pending value, else the last applied one (for a record already decided). */
  value: ImportedService | null;
  problems: string[];
  rows: DiffRow[];
  warnings: string[];
  terms: OriginalTerm[];
  duplicates: DuplicateCandidate[];
};

const FOUND_AT_IMPORT = "Found when the feed was read";

/** Everything the import review page shows: where it came from, warnings, the diff, terms and duplicates. */
export async function getImportForReview(importRecordId: string, actor: Actor, db: Db = prisma): Promise<ImportReview | null> {
  assertModerator(actor);
  const r = await db.importRecord.findUnique({
    where: { id: importRecordId },
    include: { service: { select: { id: true, name: true, listingStatus: true, source: true, sourceId: true, licence: true } } },
  });
  if (!r) return null;
  const pending = r.pending === null ? null : importedServiceSchema.safeParse(r.pending);
  const applied = r.applied === null ? null : importedServiceSchema.safeParse(r.applied);
  const before = applied?.success ? applied.data : null;
  const value = pending?.success ? pending.data : before;
  const s = r.service;
  return {
    record: { id: r.id, feed: r.feed, sourceId: r.sourceId, fetchedAt: r.fetchedAt, queuedAt: r.queuedAt, lockVersion: r.lockVersion },
    service: s
      ? {
          id: s.id,
          name: s.name,
          listingStatus: s.listingStatus,
          licence: listingSource(s.source, s.sourceId, s.licence)?.licence ?? "Not stated",
        }
      : null,
    waiting: pending !== null && s !== null && s.listingStatus !== "archived",
    isNew: r.applied === null,
    value,
    problems: pending && !pending.success ? pending.error.issues.map((i) => `${i.path.join(".") || "service"}: ${i.message}`) : [],
    rows: pending?.success ? diffImportedServices(before, pending.data) : [],
    warnings: pending?.success ? importWarnings(pending.data) : [],
    terms: value ? originalTermMatches(value) : [],
    duplicates: s && value ? await duplicatesOf(db, s.id, value, r.duplicateOf) : [],
  };
}

/** The duplicates the importer found, then any found now (a listing added since, or after a merge). */
async function duplicatesOf(db: Db, serviceId: string, value: ImportedService, foundAtImport: string[]): Promise<DuplicateCandidate[]> {
  const points = value.locations.flatMap((l) => (l.lat !== null && l.lng !== null ? [{ lat: l.lat, lng: l.lng }] : []));
  const [known, fresh] = await Promise.all([
    db.service.findMany({
      where: { id: { in: foundAtImport }, NOT: { id: serviceId } },
      select: { id: true, name: true, listingStatus: true },
    }),
    suggestDuplicates({ serviceId, name: value.name, points, url: value.url, charityNumber: value.organisation?.charityNumber }, db),
  ]);
  const byId = new Map<string, DuplicateCandidate>(
    known.map((k) => [k.id, { id: k.id, name: k.name, listingStatus: k.listingStatus, reasons: [FOUND_AT_IMPORT], distanceMetres: null }]),
  );
  for (const f of fresh) {
    const seen = byId.get(f.id);
    byId.set(f.id, seen ? { ...f, reasons: [...seen.reasons, ...f.reasons] } : f);
  }
  return [...byId.values()];
}
