import { STEP_IDS, stepSchema, type StepId } from "@/lib/validation/listing-steps";
import type { ListingDraft } from "./draft";

// The order of the listing form, which steps apply to a draft, and where "continue your draft" leads.

export const STEPS: Record<StepId, { title: string; section: string }> = {
  what: { title: "What is the activity?", section: "What it is" },
  who: { title: "Who is it for?", section: "Who it is for" },
  how: { title: "How do people take part?", section: "How people take part" },
  venues: { title: "Where does it happen?", section: "Where" },
  when: { title: "When does it happen?", section: "When" },
  cost: { title: "How much does it cost?", section: "Cost" },
  join: { title: "How do people join?", section: "How to join" },
  accessibility: { title: "Accessibility", section: "Accessibility" },
};

/** Venues, and then their accessibility, are asked for when it happens in person (or venues were already added). */
export function stepApplies(step: StepId, draft: ListingDraft): boolean {
  if (step === "venues" || step === "accessibility")
    return (draft.attendingTypes?.includes("in_person") ?? true) || (draft.locations?.length ?? 0) > 0;
  return true;
}

export function applicableSteps(draft: ListingDraft): StepId[] {
  return STEP_IDS.filter((s) => stepApplies(s, draft));
}

export function nextStep(step: StepId, draft: ListingDraft): StepId | "check" {
  const steps = applicableSteps(draft);
  const here = STEP_IDS.indexOf(step);
  return steps.find((s) => STEP_IDS.indexOf(s) > here) ?? "check";
}

export function previousStep(step: StepId, draft: ListingDraft): StepId | null {
  const here = STEP_IDS.indexOf(step);
  return (
    applicableSteps(draft)
      .filter((s) => STEP_IDS.indexOf(s) < here)
      .at(-1) ?? null
  );
}

/** The slice of a draft a step's schema reads. */
export function stepSlice(step: StepId, draft: ListingDraft): unknown {
  if (step === "accessibility") return { locations: (draft.locations ?? []).map((l) => ({ accessibility: l.accessibility })) };
  return draft;
}

/** A step is done once it has been saved (its answer is in the draft) and its answer is still valid. */
export function stepIsDone(step: StepId, draft: ListingDraft): boolean {
  const saved =
    step === "accessibility"
      ? (draft.locations ?? []).every((l) => "accessibility" in l)
      : {
          what: "name",
          who: "minimumAge",
          how: "attendingTypes",
          venues: "locations",
          when: "sessions",
          cost: "isFree",
          join: "accessTypes",
        }[step] in draft;
  return saved && stepSchema(step, draft.locations?.length ?? 0).safeParse(stepSlice(step, draft)).success;
}

/** Where "continue your draft" leads: the first step not yet done, else the check page. */
export function continueStep(draft: ListingDraft): StepId | "check" {
  return applicableSteps(draft).find((s) => !stepIsDone(s, draft)) ?? "check";
}

/** The step whose page holds the field at an error path ("sessions.0.opensAt" → "when"). */
export function stepOfPath(path: string): StepId {
  const [top, , leaf] = path.split(".");
  switch (top) {
    case "name":
    case "description":
    case "categories":
      return "what";
    case "minimumAge":
    case "maximumAge":
    case "audiences":
    case "needs":
      return "who";
    case "attendingTypes":
      return "how";
    case "locations":
      return leaf === "accessibility" ? "accessibility" : "venues";
    case "sessions":
      return "when";
    case "isFree":
    case "fees":
      return "cost";
    default:
      return "join";
  }
}
