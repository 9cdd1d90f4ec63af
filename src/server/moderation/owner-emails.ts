import "server-only";
import type { DbOrTx } from "@/server/db/client";

/**
 * Who hears about a listing: the members of the organisation that owns it (Membership → User), plus any
 * extra people (e.g. the provider who wrote a revision). Lower-cased and without repeats.
 */
export async function ownerEmails(
  tx: DbOrTx,
  organisationIds: Array<string | null | undefined>,
  extra: Array<string | null | undefined> = [],
): Promise<string[]> {
  const ids = organisationIds.filter((id): id is string => Boolean(id));
  const members = ids.length
    ? await tx.membership.findMany({ where: { organisationId: { in: ids } }, select: { user: { select: { email: true } } } })
    : [];
  const all = [...members.map((m) => m.user.email), ...extra].filter((e): e is string => Boolean(e)).map((e) => e.toLowerCase());
  return [...new Set(all)].sort();
}
