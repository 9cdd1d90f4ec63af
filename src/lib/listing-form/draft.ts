import type { Listing } from "@/lib/validation/listing";

/**
 * What a draft revision holds while the provider works through the steps: the listing value with only the
 * steps saved so far (each one validated by its step schema). Submit validates it whole.
 */
export type ListingDraft = Partial<Listing>;

/** Revision.data read from the database: an object, else an empty draft. */
export function asDraft(data: unknown): ListingDraft {
  return data && typeof data === "object" && !Array.isArray(data) ? (data as ListingDraft) : {};
}
