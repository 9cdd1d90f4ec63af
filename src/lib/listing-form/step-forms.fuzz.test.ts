import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fieldErrorsFrom, formValues } from "@/lib/form-state";
import { reportSchema } from "@/lib/validation/report";
import { signInSchema } from "@/lib/validation/auth";
import { STEP_IDS, stepSchema } from "@/lib/validation/listing-steps";
import { emailShortlistSchema, shortlistToggleSchema } from "@/lib/shortlist";
import { applyRowIntent, parseRowIntent } from "./row-intents";
import { fromStepValues, normaliseStepValues } from "./step-values";

// The listing steps and the public forms, fed arbitrary FormData along the path their actions take
// (step-actions.ts: formValues → row intents → normalise → fromStepValues → the step's schema; the public
// actions parse with their schema). Nothing throws, and every refusal names a field with a message.

const ROW = (prefix: string, names: string[]) => names.flatMap((n) => [0, 1, 12, -1].map((i) => `${prefix}.${i}.${n}`));
const FIELDS = [
  ...["name", "description", "categories", "minimumAge", "maximumAge", "audiences", "needs", "attendingTypes", "isFree", "fees"],
  ...["accessTypes", "contactName", "email", "phone", "url", "venueCount", "intent", "topic", "message", "contactEmail", "website"],
  ...["serviceId", "op", "ids", "callbackUrl"],
  ...ROW("locations", ["name", "address1", "city", "postcode", "hideExactAddress", "lat", "lng", "pinPostcode", "origin", "accessibility"]),
  ...ROW("sessions", ["kind", "byDay", "interval", "weekOfMonth", "date", "opensAt", "closesAt", "venue", "description"]),
];
const VALUES = [
  "",
  "yes",
  "no",
  "event",
  "weekly",
  "mon",
  "10:00",
  "25:99",
  "2026-02-30",
  "-5",
  "1e9",
  "NaN",
  "LS6 2AB",
  "a@b.co",
  "https://x.org",
];
const INTENTS = [
  "add-location",
  "remove-location-0",
  "remove-location-99",
  "find-postcode-0",
  "add-session",
  "remove-session-3",
  "exit",
  "x",
];
const value = fc.oneof(
  fc.constantFrom(...VALUES, ...INTENTS),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
);
const formData = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 12 })), value), { maxLength: 20 })
  .map((entries) => {
    const f = new FormData();
    for (const [k, v] of entries) f.append(k, v);
    return f;
  });

function expectClearErrors(result: { success: boolean; error?: import("zod").ZodError }) {
  if (result.success) return;
  const errors = fieldErrorsFrom(result.error!);
  expect(Object.keys(errors).length).toBeGreaterThan(0);
  for (const [field, message] of Object.entries(errors)) {
    expect(field).not.toBe("");
    expect(message.trim()).not.toBe("");
  }
}

const runs = { numRuns: 200 };

describe("listing step forms, fed arbitrary input", { timeout: 60_000 }, () => {
  it.each(STEP_IDS)("%s: row buttons and the schema never throw; refusals name fields", (step) => {
    fc.assert(
      fc.property(formData, fc.integer({ min: -3, max: 30 }), fc.constantFrom(...INTENTS), (f, venueCount, intent) => {
        const raw = formValues(f);
        const rowIntent = parseRowIntent(step, intent);
        if (rowIntent && rowIntent.kind !== "find-postcode") applyRowIntent(raw, rowIntent);
        const input = fromStepValues(step, normaliseStepValues(step, raw), Math.min(Math.max(venueCount, 0), 10));
        expectClearErrors(stepSchema(step, Math.max(venueCount, 0)).safeParse(input));
      }),
      runs,
    );
  });
});

describe("public forms, fed arbitrary input", { timeout: 60_000 }, () => {
  it("sign-in, report, shortlist: never throw; refusals name fields", () => {
    fc.assert(
      fc.property(formData, (f) => {
        const get = (k: string) => f.get(k) ?? undefined;
        expectClearErrors(signInSchema.safeParse({ email: get("email") ?? "", callbackUrl: get("callbackUrl") }));
        expectClearErrors(
          reportSchema.safeParse({
            topic: get("topic"),
            message: get("message") ?? "",
            contactEmail: get("contactEmail"),
            website: get("website") ?? "",
          }),
        );
        expectClearErrors(shortlistToggleSchema.safeParse({ serviceId: f.get("serviceId"), op: f.get("op") }));
        expectClearErrors(emailShortlistSchema.safeParse({ email: get("email") ?? "", ids: get("ids") ?? "" }));
      }),
      runs,
    );
  });
});
