"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { notSavedState, nullIfDatabaseDown, unlessDatabaseDown } from "@/server/auth/form-action";
import { requireUser } from "@/server/auth/permissions";
import { databaseIsReachable } from "@/server/health/database-verdict";
import { ForbiddenError, type Actor } from "@/server/auth/policy";
import { lookupPostcode } from "@/server/geo/lookup-postcode";
import { saveListingDraft } from "@/server/listings/save-listing-draft";
import { startListing } from "@/server/listings/start-listing";
import { errorState, formValues, type FormState } from "@/lib/form-state";
import { text, type FormValues } from "@/lib/listing-form/form-values";
import { applyRowIntent, parseRowIntent } from "@/lib/listing-form/row-intents";
import { fromStepValues, normaliseStepValues } from "@/lib/listing-form/step-values";
import type { ListingDraft } from "@/lib/listing-form/draft";
import { nextStep, stepIsDone } from "@/lib/listing-form/steps";
import { MAX_VENUE_ROWS, readVenueRows, venueOrigins, writeVenueRows } from "@/lib/listing-form/venue-rows";
import { stepIdSchema, type StepId } from "@/lib/validation/listing-steps";

const NOT_YOURS = "You cannot change this listing. Only members of the organisation that runs it can.";

/** Form values without the button that was pressed. */
function submitted(formData: FormData): { values: FormValues; intent: string } {
  const values = formValues(formData);
  const intent = text(values, "intent");
  delete values.intent;
  return { values, intent };
}

/** The first step of a new listing: creates the draft, then carries on to "who". */
export async function startListingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  if (!(await databaseIsReachable())) return notSavedState(submitted(formData).values);
  const user = await requireUser("/provider/listings/new").catch(nullIfDatabaseDown);
  if (!user) return notSavedState(submitted(formData).values);
  return unlessDatabaseDown(submitted(formData).values, () => startFirstStep(user, formData));
}

async function startFirstStep(user: Actor, formData: FormData): Promise<FormState> {
  const { values, intent } = submitted(formData);
  let serviceId: string;
  try {
    const result = await startListing({ organisationId: text(values, "organisationId"), what: fromStepValues("what", values, 0) }, user);
    if (!result.ok) return { status: "error", fieldErrors: result.error.fieldErrors ?? {}, values };
    serviceId = result.value.serviceId;
  } catch (error) {
    if (error instanceof ForbiddenError)
      return { status: "error", fieldErrors: { organisationId: "Choose one of your organisations" }, values };
    throw error;
  }
  revalidatePath("/provider");
  redirect(intent === "exit" ? "/provider?done=saved" : `/provider/listings/${serviceId}/who`);
}

/**
 * Saves one step. "Add another" / "Remove" / "Find" buttons only change the rows shown (nothing is saved until
 * the step is valid); "Save and continue" validates, saves and moves on; "Save and come back later" goes to
 * the dashboard.
 */
export async function saveStepAction(
  serviceId: string,
  step: StepId,
  returnToCheck: boolean,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  if (!(await databaseIsReachable())) return notSavedState(submitted(formData).values);
  const user = await requireUser(`/provider/listings/${serviceId}/${step}`).catch(nullIfDatabaseDown);
  if (!user) return notSavedState(submitted(formData).values);
  return unlessDatabaseDown(submitted(formData).values, () => saveStep(user, serviceId, step, returnToCheck, formData));
}

async function saveStep(user: Actor, serviceId: string, step: StepId, returnToCheck: boolean, formData: FormData): Promise<FormState> {
  if (!stepIdSchema.safeParse(step).success) return errorState(formData, {}, NOT_YOURS);
  const { values: raw, intent } = submitted(formData);

  const rowIntent = parseRowIntent(step, intent);
  if (rowIntent?.kind === "find-postcode") return findPostcode(raw, rowIntent.index);
  if (rowIntent) return { status: "idle", fieldErrors: {}, values: { ...applyRowIntent(raw, rowIntent)!, intent } };

  const values = normaliseStepValues(step, raw);
  const rows = step === "venues" ? readVenueRows(values) : [];
  // The accessibility form says how many venues it showed; never trust it beyond the 10 a listing may have.
  const venueCount = Math.min(Math.max(Math.trunc(Number(text(values, "venueCount"))) || 0, 0), MAX_VENUE_ROWS);
  const input = fromStepValues(step, values, venueCount);
  let draft: ListingDraft;
  try {
    const venues = step === "venues" ? { origins: venueOrigins(rows), pinPostcodes: rows.map((r) => r.pinPostcode) } : undefined;
    const result = await saveListingDraft({ serviceId, step, input, ...(venues ? { venues } : {}) }, user);
    if (!result.ok)
      return result.error.fieldErrors
        ? { status: "error", fieldErrors: result.error.fieldErrors, values }
        : { status: "error", message: result.error.message, fieldErrors: {}, values };
    draft = result.value.draft;
  } catch (error) {
    if (error instanceof ForbiddenError) return { status: "error", message: NOT_YOURS, fieldErrors: {}, values };
    throw error;
  }
  revalidatePath("/provider");
  if (intent === "exit") redirect("/provider?done=saved");
  redirect(`/provider/listings/${serviceId}/${afterSave(step, draft, returnToCheck)}`);
}

/** Where to go after a step is saved. Coming from the check page, go back there, unless the answer just made
 * venues or their accessibility necessary (e.g. "at a venue" was ticked): then that step first. */
function afterSave(step: StepId, draft: ListingDraft, returnToCheck: boolean): string {
  const next = nextStep(step, draft);
  if (!returnToCheck) return next;
  return (next === "venues" || next === "accessibility") && !stepIsDone(next, draft) ? `${next}?return=check` : "check";
}

/**
 * "Find" on a venue: checks the postcode and drops the map pin on it, without saving yet. It reads only the
 * public postcode table, so it needs no ownership check beyond the signed-in user above.
 */
async function findPostcode(values: FormValues, index: number): Promise<FormState> {
  const rows = readVenueRows(values);
  const row = rows[index];
  if (!row) return { status: "idle", fieldErrors: {}, values };
  const found = await lookupPostcode(row.postcode);
  if (!found.ok || found.value.kind !== "postcode") {
    // A venue needs its full postcode; a district ("HX1") is not enough to place it.
    const message = found.ok || found.error.code === "invalid" ? "Enter the full postcode, like HX1 1QG" : found.error.message;
    return { status: "error", fieldErrors: { [`locations.${index}.postcode`]: message }, values };
  }
  rows[index] = {
    ...row,
    postcode: found.value.label,
    lat: String(found.value.lat),
    lng: String(found.value.lng),
    pinPostcode: found.value.label,
  };
  return { status: "idle", fieldErrors: {}, values: { ...writeVenueRows(rows, values), intent: `found-${index}` } };
}
