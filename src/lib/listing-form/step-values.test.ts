import { describe, expect, it } from "vitest";
import { listingSchema, type ListingInput } from "@/lib/validation/listing";
import { STEP_IDS, stepSchema } from "@/lib/validation/listing-steps";
import type { ListingDraft } from "./draft";
import { fromStepValues, normaliseStepValues, toStepValues } from "./step-values";

const listing = listingSchema.parse({
  name: "Square Chapel Singers",
  description: "A friendly community choir with no auditions and tea at half time.",
  categories: ["singing-and-choirs"],
  minimumAge: 16,
  maximumAge: null,
  audiences: ["older-people"],
  needs: [],
  attendingTypes: ["in_person"],
  locations: [
    {
      name: "Square Chapel",
      address1: "10 Square Road",
      city: "Halifax",
      postcode: "HX1 1QG",
      lat: 53.72,
      lng: -1.86,
      accessibility: ["hearing-loop"],
    },
    { address1: "Library", city: "Halifax", postcode: "HX1 1UJ", accessibility: [] },
  ],
  sessions: [
    { kind: "weekly", byDay: "TU", opensAt: "19:00", closesAt: "21:00" },
    { kind: "weekly", byDay: "FR", interval: 2, opensAt: "10:00", closesAt: "11:00" },
    { kind: "weekly", byDay: "SA", weekOfMonth: 1, opensAt: "10:00", closesAt: "11:00" },
    { kind: "event", date: "2026-12-12", opensAt: "14:00", closesAt: "16:00", locationIndex: 1, description: "Concert" },
  ],
  isFree: false,
  fees: "£3",
  accessTypes: ["booking"],
  email: "hello@example.org",
} satisfies ListingInput);

describe("step form values", () => {
  it("every step reads back from its own form values exactly what the draft holds", () => {
    for (const step of STEP_IDS) {
      const values = toStepValues(step, listing);
      const parsed = stepSchema(step, listing.locations.length).parse(
        fromStepValues(step, values, listing.locations.length),
      ) as ListingDraft;
      for (const [key, value] of Object.entries(parsed)) {
        if (step === "venues") expect(value).toEqual(listing.locations.map((l) => ({ ...l, accessibility: [] })));
        else if (step === "accessibility") expect(value).toEqual(listing.locations.map((l) => ({ accessibility: l.accessibility })));
        else expect(value, `${step}.${key}`).toEqual(listing[key as keyof typeof listing]);
      }
    }
  });

  it("drops session rows left blank, so error paths match the rows shown again", () => {
    const values = normaliseStepValues("when", {
      "sessions.0.kind": "weekly",
      "sessions.0.byDay": "",
      "sessions.0.opensAt": "",
      "sessions.0.closesAt": "",
      "sessions.3.kind": "weekly",
      "sessions.3.byDay": "MO",
      "sessions.3.opensAt": "10:00",
      "sessions.3.closesAt": "09:00",
    });
    expect(values["sessions.0.byDay"]).toBe("MO");
    const r = stepSchema("when", 0).safeParse(fromStepValues("when", values, 0));
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual(["sessions.0.closesAt"]);
  });

  it("reads how often a weekly row repeats, and explains an interval out of range or a month with no week", () => {
    const row = { "sessions.0.kind": "weekly", "sessions.0.byDay": "TU", "sessions.0.opensAt": "10:00", "sessions.0.closesAt": "11:00" };
    const parse = (extra: Record<string, string>) =>
      stepSchema("when", 0).safeParse(fromStepValues("when", normaliseStepValues("when", { ...row, ...extra }), 0)) as {
        data?: ListingDraft;
        error?: { issues: { path: PropertyKey[]; message: string }[] };
      };
    expect(parse({ "sessions.0.interval": "2" }).data?.sessions).toEqual([
      { kind: "weekly", byDay: "TU", interval: 2, opensAt: "10:00", closesAt: "11:00", description: undefined },
    ]);
    expect(parse({ "sessions.0.interval": "monthly", "sessions.0.weekOfMonth": "-1" }).data?.sessions?.[0]).toMatchObject({
      weekOfMonth: -1,
    });
    for (const interval of ["0", "9", "soon"]) {
      expect(parse({ "sessions.0.interval": interval }).error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
        ["sessions.0.interval", "Choose how often: every week up to every 8 weeks"],
      ]);
    }
    expect(parse({ "sessions.0.interval": "monthly" }).error?.issues.map((i) => i.path.join("."))).toEqual(["sessions.0.weekOfMonth"]);
  });

  it("turns typed ages into numbers, and anything else into a clear message", () => {
    const parse = (min: string, max: string) =>
      stepSchema("who", 0).safeParse(fromStepValues("who", { minimumAge: min, maximumAge: max }, 0));
    expect(parse("", "").data).toMatchObject({ minimumAge: null, maximumAge: null });
    expect(parse("twelve", "").error?.issues[0]?.message).toBe("Enter an age in whole years");
    expect(parse("12", "150").error?.issues[0]?.message).toBe("Age must be 120 or less");
    expect(parse("70", "18").error?.issues[0]).toMatchObject({
      path: ["maximumAge"],
      message: expect.stringMatching(/same as or more than/),
    });
  });

  it("asks whether it is free when neither answer was chosen", () => {
    const r = stepSchema("cost", 0).safeParse(fromStepValues("cost", { fees: "" }, 0));
    expect(r.error?.issues[0]?.message).toBe("Say whether it is free");
  });
});
