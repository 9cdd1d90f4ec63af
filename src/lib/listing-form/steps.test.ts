import { describe, expect, it } from "vitest";
import { continueStep, nextStep, previousStep, stepOfPath } from "./steps";
import { mergeStep } from "./merge-step";
import { applyRowIntent, parseRowIntent } from "./row-intents";
import type { ListingDraft } from "./draft";

const what = {
  name: "Knit and natter",
  description: "Bring your knitting and have a chat over a cuppa.",
  categories: ["crafts-and-making"],
};

describe("listing form flow", () => {
  it("skips venues and accessibility for an online-only activity", () => {
    const online: ListingDraft = { ...what, attendingTypes: ["online"] };
    expect(nextStep("how", online)).toBe("when");
    expect(previousStep("when", online)).toBe("how");
    expect(nextStep("join", online)).toBe("check");
  });

  it("continues a draft at the first step not yet saved or no longer valid", () => {
    expect(continueStep({})).toBe("what");
    expect(continueStep({ ...what })).toBe("who");
    const inPerson: ListingDraft = { ...what, minimumAge: null, maximumAge: null, audiences: [], needs: [], attendingTypes: ["in_person"] };
    expect(continueStep(inPerson)).toBe("venues");
    expect(continueStep({ ...inPerson, name: "" })).toBe("what");
  });

  it("maps error paths to the page that holds the field", () => {
    expect(stepOfPath("sessions.2.opensAt")).toBe("when");
    expect(stepOfPath("locations.0.postcode")).toBe("venues");
    expect(stepOfPath("locations.1.accessibility")).toBe("accessibility");
    expect(stepOfPath("email")).toBe("join");
  });
});

describe("mergeStep", () => {
  const draft: ListingDraft = {
    locations: [
      { address1: "A", city: "Leeds", postcode: "LS1 1AA", hideExactAddress: false, accessibility: ["parking"] },
      { address1: "B", city: "Leeds", postcode: "LS1 1AB", hideExactAddress: false, accessibility: ["bsl"] },
    ],
    sessions: [
      { kind: "weekly", byDay: "MO", opensAt: "10:00", closesAt: "11:00" },
      { kind: "weekly", byDay: "TU", opensAt: "10:00", closesAt: "11:00", locationIndex: 1 },
    ],
  };

  it("keeps accessibility answers and sessions with their venue when venues are reordered or removed", () => {
    const [a, b] = draft.locations!;
    const swapped = mergeStep(
      "venues",
      draft,
      {
        locations: [
          { ...b!, accessibility: [] },
          { ...a!, accessibility: [] },
        ],
      },
      [1, 0],
    );
    expect(swapped.locations!.map((l) => l.accessibility)).toEqual([["bsl"], ["parking"]]);
    expect(swapped.sessions!.map((s) => s.locationIndex)).toEqual([1, undefined]);

    const removedFirst = mergeStep("venues", draft, { locations: [{ ...b!, accessibility: [] }] }, [1]);
    expect(removedFirst.sessions!.map((s) => s.locationIndex)).toEqual([undefined, undefined]);
  });

  it("a new venue has no accessibility answer yet, so the accessibility step is still to do", () => {
    const added = mergeStep(
      "venues",
      draft,
      {
        locations: [...draft.locations!, { address1: "C", city: "Leeds", postcode: "LS1 1AD", hideExactAddress: false, accessibility: [] }],
      },
      [0, 1, null],
    );
    expect("accessibility" in added.locations![2]!).toBe(false);
  });
});

describe("row intents", () => {
  it("adds and removes session rows without losing what is typed in the others", () => {
    const values = {
      "sessions.0.kind": "weekly",
      "sessions.0.byDay": "MO",
      "sessions.1.kind": "weekly",
      "sessions.1.byDay": "WE",
      name: "kept",
    };
    const added = applyRowIntent(values, parseRowIntent("when", "add-event")!)!;
    expect(added["sessions.2.kind"]).toBe("event");
    const removed = applyRowIntent(added, parseRowIntent("when", "remove-session-0")!)!;
    expect(removed["sessions.0.byDay"]).toBe("WE");
    expect(removed["sessions.1.kind"]).toBe("event");
    expect(removed["sessions.2.kind"]).toBeUndefined();
    expect(removed.name).toBe("kept");
  });

  it("ignores intents that do not belong to the step", () => {
    expect(parseRowIntent("what", "add-weekly")).toBeNull();
    expect(parseRowIntent("venues", "remove-venue-x")).toBeNull();
  });
});
