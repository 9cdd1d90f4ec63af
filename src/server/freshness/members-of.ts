import "server-only";
import type { DbOrTx } from "@/server/db/client";

/** The people who manage an organisation's listings: they receive its freshness emails. */
export async function membersOf(tx: DbOrTx, organisationId: string | null): Promise<Array<{ id: string; email: string }>> {
  if (!organisationId) return [];
  const rows = await tx.membership.findMany({
    where: { organisationId },
    select: { user: { select: { id: true, email: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => r.user);
}
