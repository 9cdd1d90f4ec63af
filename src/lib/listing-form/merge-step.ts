import type { Listing, ListingLocation, ListingSession } from "@/lib/validation/listing";
import type { StepId } from "@/lib/validation/listing-steps";
import type { ListingDraft } from "./draft";

/**
 * A draft with one step's (already validated) answer written in. Venues keep their accessibility answers and
 * their sessions when they are reordered or others are removed; sessions of a removed venue move to the first
 * venue (the venues page says so).
 * @param origins for "venues": where each submitted venue was in the draft (null = new).
 */
export function mergeStep(step: StepId, draft: ListingDraft, data: Partial<Listing>, origins?: ReadonlyArray<number | null>): ListingDraft {
  if (step === "venues") return mergeVenues(draft, data.locations ?? [], origins);
  if (step === "accessibility") {
    const answers = data.locations ?? [];
    return {
      ...draft,
      locations: (draft.locations ?? []).map((l, i) => ({ ...l, accessibility: answers[i]?.accessibility ?? l.accessibility ?? [] })),
    };
  }
  return { ...draft, ...data };
}

function mergeVenues(draft: ListingDraft, submitted: readonly ListingLocation[], given?: ReadonlyArray<number | null>): ListingDraft {
  const origins = submitted.map((_, i) => given?.[i] ?? (given ? null : i));
  const locations = submitted.map((l, i) => {
    const venue: Partial<ListingLocation> = { ...l };
    delete venue.accessibility;
    const origin = origins[i];
    const before = origin === null || origin === undefined ? undefined : draft.locations?.[origin];
    return (before && "accessibility" in before ? { ...venue, accessibility: before.accessibility } : venue) as ListingLocation;
  });
  const merged: ListingDraft = { ...draft, locations };
  if (draft.sessions) merged.sessions = draft.sessions.map((s) => moveSession(s, origins));
  return merged;
}

function moveSession(session: ListingSession, origins: ReadonlyArray<number | null>): ListingSession {
  const { locationIndex, ...rest } = session;
  const index = origins.indexOf(locationIndex ?? 0);
  return index > 0 ? { ...rest, locationIndex: index } : rest;
}
