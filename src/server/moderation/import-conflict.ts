import "server-only";
import type { DbOrTx } from "@/server/db/client";
import { describeDecision } from "./describe-decision";

const DECIDED = { "import.approved": "approve", "import.rejected": "reject" } as const;

/** Why an import record could not be claimed: another moderator decided it, or the feed changed it since. */
export async function explainImportConflict(tx: DbOrTx, importRecordId: string): Promise<string> {
  const record = await tx.importRecord.findUnique({ where: { id: importRecordId }, select: { pending: true } });
  if (!record) return "This import no longer exists. Nothing was changed.";
  const last = await tx.auditEvent.findFirst({
    where: { entityType: "import_record", entityId: importRecordId, action: { in: Object.keys(DECIDED) } },
    orderBy: { createdAt: "desc" },
    select: { action: true, createdAt: true, actor: { select: { email: true } } },
  });
  const decision = last ? { action: DECIDED[last.action as keyof typeof DECIDED], createdAt: last.createdAt, moderator: last.actor } : null;
  if (record.pending !== null) {
    return `This import changed after you opened it (a newer read of the feed, or ${last ? "a decision" : "another moderator"}). ${describeDecision(decision)} Nothing was changed: reload the page and check it again.`;
  }
  return `${describeDecision(decision)} Nothing was changed.`;
}
