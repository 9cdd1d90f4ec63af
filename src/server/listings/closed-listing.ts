import "server-only";
import type { DbOrTx } from "@/server/db/client";
import type { ListingStatusValue } from "@/lib/provider/listing-progress";

/**
 * Why a provider can no longer send or change a listing, or null if they can. An archived, merged or rejected
 * listing has left the directory for good: a draft that survived it (from before archive and merge closed every
 * open revision) must not bring it back.
 */
export async function closedListingMessage(
  tx: DbOrTx,
  service: { id: string; listingStatus: ListingStatusValue },
  doing: "sent for review" | "changed",
): Promise<string | null> {
  if (service.listingStatus === "rejected") return `This listing was rejected, so it cannot be ${doing}. Start a new listing instead.`;
  if (service.listingStatus !== "archived") return null;
  const { mergedIntoId } = await tx.service.findUniqueOrThrow({ where: { id: service.id }, select: { mergedIntoId: true } });
  return mergedIntoId
    ? `This listing was merged into another listing, so it cannot be ${doing}. Edit the listing it was merged into instead.`
    : `This listing has been archived, so it cannot be ${doing}. If it should be back in the directory, reply to the email we sent you.`;
}
