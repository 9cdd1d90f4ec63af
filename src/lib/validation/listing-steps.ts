import { z } from "zod";
import { checkAges, checkContact, checkCost, checkSessions, listingFieldsSchema, listingLocationSchema } from "./listing";

// One schema per step of the listing form, cut from the listing's own fields so a step and the final submit
// can never disagree (docs/decisions/0006-listing-lifecycle.md). Each step also carries the cross-field rules
// that involve only its own fields; submit runs listingSchema, which has them all.

const fields = listingFieldsSchema;

export const whatStepSchema = fields.pick({ name: true, description: true, categories: true });
export type WhatStep = z.infer<typeof whatStepSchema>;

export const whoStepSchema = fields.pick({ minimumAge: true, maximumAge: true, audiences: true, needs: true }).superRefine(checkAges);

export const howStepSchema = fields.pick({ attendingTypes: true });

export const venuesStepSchema = z.object({
  locations: z.array(listingLocationSchema).min(1, "Add the venue where it happens").max(10, "Add up to 10 venues"),
});

/** Sessions may name a venue, so the rule needs the number of venues the draft has. */
export function whenStepSchema(venueCount: number) {
  return fields.pick({ sessions: true }).superRefine((l, ctx) => checkSessions(l, venueCount, ctx));
}

export const costStepSchema = fields.pick({ isFree: true, fees: true }).superRefine(checkCost);

export const joinStepSchema = fields
  .pick({ accessTypes: true, contactName: true, email: true, phone: true, url: true })
  .superRefine(checkContact);

export const accessibilityStepSchema = z.object({
  locations: z.array(listingLocationSchema.pick({ accessibility: true })).max(10),
});

export const STEP_IDS = ["what", "who", "how", "venues", "when", "cost", "join", "accessibility"] as const;
export type StepId = (typeof STEP_IDS)[number];
export const stepIdSchema = z.enum(STEP_IDS);

/** The schema for a step; `venueCount` matters only for "when". */
export function stepSchema(step: StepId, venueCount: number): z.ZodType {
  switch (step) {
    case "what":
      return whatStepSchema;
    case "who":
      return whoStepSchema;
    case "how":
      return howStepSchema;
    case "venues":
      return venuesStepSchema;
    case "when":
      return whenStepSchema(venueCount);
    case "cost":
      return costStepSchema;
    case "join":
      return joinStepSchema;
    case "accessibility":
      return accessibilityStepSchema;
  }
}
