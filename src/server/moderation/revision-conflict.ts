import "server-only";
import { describeDecision } from "./describe-decision";
import type { DbOrTx } from "@/server/db/client";

/** Why a revision could not be claimed: someone decided it, it changed, or it was withdrawn. */
export async function explainRevisionConflict(tx: DbOrTx, revisionId: string): Promise<string> {
  const revision = await tx.revision.findUnique({
    where: { id: revisionId },
    select: {
      status: true,
      decisions: {
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { action: true, createdAt: true, moderator: { select: { email: true } } },
      },
    },
  });
  if (!revision) return "This revision no longer exists.";
  const last = revision.decisions[0] ?? null;
  if (revision.status === "pending") {
    return `This revision was changed after you opened it. ${describeDecision(last)} Nothing was changed: reload the page and check it again.`;
  }
  if (revision.status === "withdrawn" || revision.status === "draft")
    return "The provider has withdrawn this revision. Nothing was changed.";
  return `${describeDecision(last)} Nothing was changed.`;
}
