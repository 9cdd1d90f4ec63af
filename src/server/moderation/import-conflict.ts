import "server-only";
import type { DbOrTx } from "@/server/db/client";
import { describeDecision } from "./describe-decision";

const DECIDED = { "import.approved": "approve", "import.rejected": "reject" } as const;

/** Why an import record could not be claimed: another moderator decided it, or a newer read of the feed replaced it. */
export async function explainImportConflict(tx: DbOrTx, importRecordId: string): Promise<string> {
  const record = await tx.importRecord.findUnique({ where: { id: importRecordId }, select: { pending: true } });
  if (!record) return "This import no longer exists. Nothing was changed.";
  const last = await tx.auditEvent.findFirst({
    where: { entityType: "import_record", entityId: importRecordId, action: { in: Object.keys(DECIDED) } },
    orderBy: { createdAt: "desc" },
    select: { action: true, createdAt: true, actor: { select: { email: true } } },
  });
  const decision = last ? { action: DECIDED[last.action as keyof typeof DECIDED], createdAt: last.createdAt, moderator: last.actor } : null;
  // Still waiting but at another lock version: the importer read the feed again and replaced what waits.
  if (record.pending !== null) {
    return "The feed was read again after you opened this, and what waits has changed. Nothing was changed: reload the page and check it again.";
  }
  return `${describeDecision(decision)} Nothing was changed.`;
}
