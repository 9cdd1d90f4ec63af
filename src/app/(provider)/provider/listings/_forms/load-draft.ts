import "server-only";
import { notFound } from "next/navigation";
import { ForbiddenError, type Actor } from "@/server/auth/policy";
import { readListingDraft, type ListingDraftView } from "@/server/listings/read-listing-draft";

/** The draft behind a provider page; someone else's listing (or a bad id) is simply "not found". */
export async function loadDraft(serviceId: string, user: Actor): Promise<ListingDraftView> {
  try {
    return await readListingDraft(serviceId, user);
  } catch (error) {
    if (error instanceof ForbiddenError) notFound();
    throw error;
  }
}

/** "Add a listing" for a new one, else its current name. */
export function captionOf(view: ListingDraftView): string {
  return view.listingStatus === "published"
    ? `Changing ${view.name}`
    : view.draft.name
      ? `New listing: ${view.draft.name}`
      : "Add a listing";
}
