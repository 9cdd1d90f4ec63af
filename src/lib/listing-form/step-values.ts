import type { StepId } from "@/lib/validation/listing-steps";
import type { ListingDraft } from "./draft";
import { ageOf, list, optional, text, type FormValues } from "./form-values";
import { isBlankSessionRow, readSessionRows, sessionInput, sessionRowsFromDraft, writeSessionRows } from "./session-rows";
import { readVenueRows, venueInput, venueRowsFromDraft, writeVenueRows } from "./venue-rows";

// Between a step's form fields (flat dotted names, which are also the error paths and, with dashes, the
// field ids) and the value its schema parses.

/** The form values a step starts from, taken from the saved draft. */
export function toStepValues(step: StepId, d: ListingDraft): FormValues {
  switch (step) {
    case "what":
      return { name: d.name ?? "", description: d.description ?? "", categories: d.categories ?? [] };
    case "who":
      return {
        minimumAge: d.minimumAge?.toString() ?? "",
        maximumAge: d.maximumAge?.toString() ?? "",
        audiences: d.audiences ?? [],
        needs: d.needs ?? [],
      };
    case "how":
      return { attendingTypes: d.attendingTypes ?? [] };
    case "venues":
      return writeVenueRows(venueRowsFromDraft(d.locations ?? []));
    case "when":
      return writeSessionRows(sessionRowsFromDraft(d.sessions ?? []));
    case "cost":
      return { isFree: d.isFree === undefined ? "" : d.isFree ? "yes" : "no", fees: d.fees ?? "" };
    case "join":
      return {
        accessTypes: d.accessTypes ?? [],
        contactName: d.contactName ?? "",
        email: d.email ?? "",
        phone: d.phone ?? "",
        url: d.url ?? "",
      };
    case "accessibility":
      return Object.fromEntries((d.locations ?? []).map((l, i) => [`locations.${i}.accessibility`, l.accessibility ?? []]));
  }
}

/** Tidies submitted values before parsing: blank session rows are dropped, so error paths match the rows shown. */
export function normaliseStepValues(step: StepId, values: FormValues): FormValues {
  if (step === "when")
    return writeSessionRows(
      readSessionRows(values).filter((r) => !isBlankSessionRow(r)),
      values,
    );
  return values;
}

/** The value a step's schema parses, from its (normalised) form values. */
export function fromStepValues(step: StepId, v: FormValues, venueCount: number): unknown {
  switch (step) {
    case "what":
      return { name: text(v, "name"), description: text(v, "description"), categories: list(v, "categories") };
    case "who":
      return {
        minimumAge: ageOf(text(v, "minimumAge")),
        maximumAge: ageOf(text(v, "maximumAge")),
        audiences: list(v, "audiences"),
        needs: list(v, "needs"),
      };
    case "how":
      return { attendingTypes: list(v, "attendingTypes") };
    case "venues":
      return { locations: readVenueRows(v).map(venueInput) };
    case "when":
      return { sessions: readSessionRows(v).map(sessionInput) };
    case "cost": {
      const free = text(v, "isFree");
      return { isFree: free === "yes" ? true : free === "no" ? false : undefined, fees: text(v, "fees") };
    }
    case "join":
      return {
        accessTypes: list(v, "accessTypes"),
        contactName: text(v, "contactName"),
        email: optional(text(v, "email"))?.trim(),
        phone: optional(text(v, "phone")),
        url: optional(text(v, "url"))?.trim(),
      };
    case "accessibility":
      return {
        locations: Array.from({ length: Math.min(venueCount, 10) }, (_, i) => ({ accessibility: list(v, `locations.${i}.accessibility`) })),
      };
  }
}
