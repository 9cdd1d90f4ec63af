import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { RevisionStatus } from "@/generated/prisma/enums";
import type { DbOrTx } from "@/server/db/client";

/**
 * The service's revision in one of `statuses`, locked for the rest of the transaction (SELECT … FOR UPDATE),
 * so two tabs saving different steps, or a save racing a submit, apply one after the other and lose nothing.
 */
export async function lockOpenRevision(tx: DbOrTx, serviceId: string, statuses: readonly RevisionStatus[]) {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT id FROM revision
    WHERE service_id = ${serviceId}::uuid AND status::text IN (${Prisma.join([...statuses])})
    ORDER BY created_at DESC
    LIMIT 1
    FOR UPDATE`;
  const id = rows[0]?.id;
  return id ? tx.revision.findUniqueOrThrow({ where: { id } }) : null;
}
