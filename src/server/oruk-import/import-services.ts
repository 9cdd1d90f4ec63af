import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ImportSummary } from "@/lib/oruk-import-summary";
import type { Db } from "@/server/db/client";
import { lookupPostcode } from "@/server/geo/lookup-postcode";
import { importHash } from "./import-hash";
import { importRecord, type RecordOutcome } from "./import-record";
import { mapOrukService } from "./map-oruk-service";
import type { Feed } from "./read-feed";

export type { ImportSummary };

export type ImportOptions = {
  feed: Feed;
  trust: boolean;
  dryRun: boolean;
  licence: string | null;
  now?: Date;
  onProgress?: (done: number, total: number) => void;
};

/** Thrown inside a dry run's transaction so everything it wrote is rolled back. */
class DryRunRollback extends Error {
  constructor(readonly outcome: RecordOutcome) {
    super("dry run");
  }
}

/**
 * `npm run import:oruk`: every service a feed gave, mapped, compared with what we hold and written (ADR 0016).
 * Each record has its own transaction, so one bad record never undoes the others and a crash leaves whole
 * records only. A dry run does the same work and rolls each transaction back. One `import.run` audit event
 * records the summary when anything changed.
 */
export async function importServices(options: ImportOptions, db: Db): Promise<ImportSummary> {
  const { feed } = options;
  const now = options.now ?? new Date();
  const provenance = { source: `oruk:${feed.key}`, licence: options.licence };
  const summary: ImportSummary = {
    feed: feed.key,
    dryRun: options.dryRun,
    fetched: feed.records.length,
    new: 0,
    changed: 0,
    unchanged: 0,
    stillWaiting: 0,
    withdrawn: 0,
    skipped: [...feed.problems],
    duplicatesSuggested: 0,
    waitingForModerators: 0,
    published: 0,
    needingAPoint: 0,
    actions: [],
  };
  const lookup = async (pc: string) => {
    const found = await lookupPostcode(pc, db);
    return found.ok && found.value.kind === "postcode" ? { lat: found.value.lat, lng: found.value.lng } : null;
  };

  for (const [i, raw] of feed.records.entries()) {
    const mapped = await mapOrukService(raw, { lookupPostcode: lookup });
    if (!mapped.ok) {
      summary.skipped.push({ sourceId: mapped.sourceId, reason: mapped.reason });
    } else {
      const input = { feed: feed.key, raw, value: mapped.service, hash: importHash(mapped.service), trust: options.trust, provenance, now };
      // One record the database refuses is skipped with the reason, never the end of the run.
      const outcome = await runRecord(db, options.dryRun, (tx) => importRecord(tx, input)).catch((error: unknown): RecordOutcome => ({
        kind: "skipped",
        reason: `it could not be written: ${firstLine(error)}`,
      }));
      count(summary, mapped.service, outcome);
    }
    options.onProgress?.(i + 1, feed.records.length);
  }

  if (!options.dryRun && summary.new + summary.changed + summary.duplicatesSuggested + summary.withdrawn > 0) {
    const { actions, ...figures } = summary;
    await db.auditEvent.create({
      data: {
        action: "import.run",
        entityType: "feed",
        entityId: feed.key,
        data: { ...figures, touched: actions.length } as Prisma.InputJsonValue,
      },
    });
  }
  return summary;
}

const firstLine = (error: unknown) =>
  ((error as Error).message ?? String(error))
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .at(-1) ?? "unknown error";

async function runRecord(db: Db, dryRun: boolean, work: (tx: Prisma.TransactionClient) => Promise<RecordOutcome>) {
  const settings = { timeout: 60_000, maxWait: 20_000 };
  if (!dryRun) return db.$transaction(work, settings);
  try {
    await db.$transaction(async (tx) => {
      throw new DryRunRollback(await work(tx));
    }, settings);
  } catch (error) {
    if (error instanceof DryRunRollback) return error.outcome;
    throw error;
  }
  throw new Error("unreachable: a dry run always rolls back");
}

function count(summary: ImportSummary, value: { sourceId: string; name: string }, outcome: RecordOutcome) {
  if (outcome.kind === "unchanged") {
    summary.unchanged++;
    if (outcome.waiting) summary.stillWaiting++;
  } else if (outcome.kind === "withdrawn") summary.withdrawn++;
  else if (outcome.kind === "skipped") summary.skipped.push({ sourceId: value.sourceId, reason: outcome.reason });
  else {
    if (outcome.kind === "duplicate") summary.duplicatesSuggested++;
    else summary[outcome.kind]++;
    if (outcome.status === "published") summary.published++;
    else summary.waitingForModerators++;
    if (outcome.needsPoint && outcome.status === "waiting") summary.needingAPoint++;
    summary.actions.push({ sourceId: value.sourceId, name: value.name, action: outcome.kind, status: outcome.status });
  }
}
