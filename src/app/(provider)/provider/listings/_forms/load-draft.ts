import "server-only";
import { notFound } from "next/navigation";
import type { CurrentUser } from "@/server/auth/permissions";
import { AccessDeniedError } from "@/server/auth/access-denied";
import { readListingDraft, type ListingDraftView } from "@/server/listings/read-listing-draft";

/** The draft behind a provider page; someone else's listing (or a bad id) is simply "not found". */
export async function loadDraft(serviceId: string, user: CurrentUser): Promise<ListingDraftView> {
  try {
    return await readListingDraft(serviceId, user);
  } catch (error) {
    if (error instanceof AccessDeniedError) notFound();
    throw error;
  }
}

/** "Add a listing" for a new one, else its current name. */
export function captionOf(view: ListingDraftView): string {
  return view.listingStatus === "published" ? `Changing ${view.name}` : view.draft.name ? `New listing: ${view.draft.name}` : "Add a listing";
}
