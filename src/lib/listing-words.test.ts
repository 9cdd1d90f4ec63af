import { describe, expect, it } from "vitest";
import { event, weekly } from "../../tests/support/schedule-rows";
import {
  accessText,
  addressLines,
  agesText,
  attendanceText,
  costText,
  distanceText,
  freeText,
  listingSessionLine,
  nextSessionText,
  sessionLine,
  sessionText,
  statusText,
  termNames,
  termsText,
  timeText,
  timesText,
  venueText,
} from "./listing-words";
import type { ListingLocation } from "./validation/listing";

const chapel: ListingLocation = {
  name: "Square Chapel",
  address1: "10 Square Road",
  city: "Halifax",
  postcode: "HX1 1QG",
  hideExactAddress: false,
  accessibility: [],
} as unknown as ListingLocation;

describe("who a listing is for", () => {
  it("says ages the same way for every audience", () => {
    expect(agesText(null, null)).toBe("All ages");
    expect(agesText(undefined, undefined)).toBe("All ages");
    expect(agesText(18, 18)).toBe("Age 18");
    expect(agesText(5, 11)).toBe("Ages 5 to 11");
    expect(agesText(18, null)).toBe("18 and over");
    expect(agesText(null, 11)).toBe("Up to age 11");
    expect(agesText(0, 4)).toBe("Ages 0 to 4");
  });

  it("names terms, leaving out codes no longer in the vocabulary", () => {
    expect(termNames("category", ["singing-and-choirs", "gone"])).toEqual(["Singing and choirs"]);
    expect(termsText("category", ["singing-and-choirs"])).toBe("Singing and choirs");
    expect(termsText("need", [])).toBeNull();
    expect(termsText("need", undefined)).toBeNull();
  });
});

describe("cost, taking part and joining", () => {
  it("says what it costs, or that nobody has said", () => {
    expect(costText(true, null)).toBe("Free");
    expect(costText(true, "Donations welcome")).toBe("Free. Donations welcome");
    expect(costText(false, "£3 a session")).toBe("£3 a session");
    expect(costText(null, null)).toMatch(/not stated/);
  });

  it("answers 'is it free?', or says nothing when it was never answered", () => {
    expect(freeText(true)).toBe("Yes");
    expect(freeText(false)).toBe("No, there is a cost");
    expect(freeText(undefined)).toBeNull();
    expect(freeText(null)).toBeNull();
  });

  it("names how to join and how people take part, in the vocabulary's order", () => {
    expect(accessText(["referral", "drop_in"])).toBe("Drop in, Referral needed");
    expect(accessText([])).toBeNull();
    expect(attendanceText(["online", "in_person"])).toBe("At a venue, Online");
    expect(attendanceText(undefined)).toBeNull();
  });

  it("names statuses and rounds distances the way people say them", () => {
    expect(statusText("active")).toBeNull();
    expect(statusText("temporarily closed")).toBe("Temporarily closed");
    expect(statusText("defunct")).toBe("Closed");
    expect(distanceText(3)).toBe("10 m");
    expect(distanceText(347)).toBe("350 m");
    expect(distanceText(1234)).toBe("1.2 km");
    expect(distanceText(12_600)).toBe("13 km");
  });
});

describe("where", () => {
  it("writes an address as lines and a venue on one line", () => {
    expect(addressLines({ name: "", address1: "1 High St", city: "Halifax", postcode: "HX1 1QG" })).toEqual([
      "1 High St",
      "Halifax",
      "HX1 1QG",
    ]);
    expect(venueText(chapel)).toBe("Square Chapel, 10 Square Road, Halifax HX1 1QG");
    expect(venueText({ ...chapel, hideExactAddress: true, accessibility: ["hearing-loop"] })).toBe(
      "Square Chapel, 10 Square Road, Halifax HX1 1QG (Home address: hidden from the public; Hearing loop)",
    );
  });
});

describe("when", () => {
  it("writes times the GOV.UK way", () => {
    expect(timeText(0)).toBe("12am");
    expect(timeText(570)).toBe("9:30am");
    expect(timeText(720)).toBe("12pm");
    expect(timeText(1140)).toBe("7pm");
    expect(timesText(1140, null)).toBe("from 7pm");
    expect(timesText(null, null)).toBe("times not given");
  });

  it("describes weekly, fortnightly, monthly and dated sessions from the schedule", () => {
    expect(sessionText(weekly("TU", 1140, 1260))).toBe("Every Tuesday, 7pm to 9pm");
    expect(sessionText(weekly("FR", 600, 720, { interval: 2 }))).toBe("Every 2 weeks on Friday, 10am to 12pm");
    expect(sessionText(weekly("SA", 600, 720, { freq: "MONTHLY" }))).toBe("Once a month on a Saturday, 10am to 12pm");
    expect(sessionText(weekly("SA", 600, 720, { freq: "MONTHLY", weekOfMonth: 1 }))).toBe(
      "Once a month on the first Saturday, 10am to 12pm",
    );
    expect(sessionText({ kind: "weekly", byDay: "SU", weekOfMonth: -1, opensAt: "14:00", closesAt: "15:00" })).toBe(
      "Once a month on the last Sunday, 2pm to 3pm",
    );
    expect(sessionText({ kind: "weekly", byDay: "TU", interval: 2, opensAt: "14:00", closesAt: "15:00" })).toBe(
      "Every 2 weeks on Tuesday, 2pm to 3pm",
    );
    expect(sessionText(event("2026-12-05", 600, 960))).toBe("Saturday 5 December 2026, 10am to 4pm");
    expect(sessionText(event("2026-12-05", null, null))).toBe("Saturday 5 December 2026, times not given");
  });

  it("describes a provider's sessions in the same words as the schedule's", () => {
    expect(sessionText({ kind: "weekly", byDay: "TU", opensAt: "19:00", closesAt: "21:00" })).toBe("Every Tuesday, 7pm to 9pm");
    expect(sessionText({ kind: "event", date: "2026-12-12", opensAt: "14:00", closesAt: "16:30" })).toBe(
      "Saturday 12 December 2026, 2pm to 4:30pm",
    );
  });

  it("adds the venue and the note to a session", () => {
    expect(sessionLine(weekly("TU", 1140, 1260, { description: "Bring a mug" }), "Square Chapel")).toBe(
      "Every Tuesday, 7pm to 9pm at Square Chapel. Bring a mug",
    );
    expect(sessionLine(weekly("TU", 1140, 1260), null)).toBe("Every Tuesday, 7pm to 9pm");
    expect(listingSessionLine({ kind: "weekly", byDay: "TH", opensAt: "10:00", closesAt: "12:00", locationIndex: 0 }, [chapel])).toBe(
      "Every Thursday, 10am to 12pm at Square Chapel",
    );
    expect(listingSessionLine({ kind: "weekly", byDay: "TH", opensAt: "10:00", closesAt: "12:00" }, [])).toBe(
      "Every Thursday, 10am to 12pm",
    );
  });

  it("writes the next session with or without the year", () => {
    expect(nextSessionText({ date: "2026-11-24", opensAt: 1140, closesAt: 1260 })).toBe("Tuesday 24 November 2026, 7pm to 9pm");
    expect(nextSessionText({ date: "2026-11-24", opensAt: 1140, closesAt: 1260 }, { year: false })).toBe("Tuesday 24 November, 7pm to 9pm");
  });
});
