import { describe, expect, it } from "vitest";
import { currentSessions, describeSession, formatTime, londonNow, nextSession, sortSessions, type SessionRow } from "./sessions";

const weekly = (byDay: string, opensAt: number, closesAt: number, extra: Partial<SessionRow> = {}): SessionRow => ({
  freq: "WEEKLY", interval: 1, byDay, dtstart: null, validFrom: null, validTo: null, opensAt, closesAt, ...extra,
});
const event = (date: string, opensAt: number, closesAt: number): SessionRow => ({
  freq: null, interval: null, byDay: null, dtstart: date, validFrom: date, validTo: date, opensAt, closesAt,
});

// Tuesday 24 November 2026, 18:30 in London (GMT in winter).
const tuesdayEvening = new Date("2026-11-24T18:30:00Z");

describe("formatting sessions", () => {
  it("writes times the GOV.UK way", () => {
    expect(formatTime(0)).toBe("12am");
    expect(formatTime(570)).toBe("9:30am");
    expect(formatTime(720)).toBe("12pm");
    expect(formatTime(1140)).toBe("7pm");
  });

  it("describes weekly, fortnightly, monthly and dated sessions", () => {
    expect(describeSession(weekly("TU", 1140, 1260))).toBe("Tuesdays, 7pm to 9pm");
    expect(describeSession(weekly("FR", 600, 720, { interval: 2 }))).toBe("Every 2 weeks on Fridays, 10am to 12pm");
    expect(describeSession(weekly("SA", 600, 720, { freq: "MONTHLY" }))).toBe("Monthly on Saturdays, 10am to 12pm");
    expect(describeSession(event("2026-12-05", 600, 960))).toBe("Saturday 5 December 2026, 10am to 4pm");
  });

  it("orders weekly sessions by day then dated events by date", () => {
    const rows = [event("2026-12-05", 600, 700), weekly("TH", 600, 700), weekly("MO", 900, 1000), weekly("MO", 600, 700)];
    expect(sortSessions(rows).map(describeSession)).toEqual([
      "Mondays, 10am to 11:40am",
      "Mondays, 3pm to 4:40pm",
      "Thursdays, 10am to 11:40am",
      "Saturday 5 December 2026, 10am to 11:40am",
    ]);
  });
});

describe("nextSession", () => {
  it("uses London time, including summer time", () => {
    expect(londonNow(new Date("2026-07-01T23:30:00Z"))).toEqual({ date: "2026-07-02", minutes: 30 });
    expect(londonNow(tuesdayEvening)).toEqual({ date: "2026-11-24", minutes: 1110 });
  });

  it("is today when today's session has not finished, else the next week", () => {
    expect(nextSession([weekly("TU", 1140, 1260)], tuesdayEvening)).toEqual({ date: "2026-11-24", opensAt: 1140, closesAt: 1260 });
    expect(nextSession([weekly("TU", 600, 720)], tuesdayEvening)?.date).toBe("2026-12-01");
  });

  it("takes the soonest of several sessions and events, and ignores past events", () => {
    const rows = [weekly("FR", 600, 720), event("2026-11-20", 600, 700), event("2026-11-26", 600, 700)];
    expect(nextSession(rows, tuesdayEvening)?.date).toBe("2026-11-26");
  });

  it("respects the dates a weekly session runs between, and every-n-weeks patterns", () => {
    expect(nextSession([weekly("TH", 600, 720, { validFrom: "2027-01-01" })], tuesdayEvening)?.date).toBe("2027-01-07");
    expect(nextSession([weekly("TH", 600, 720, { validTo: "2026-11-01" })], tuesdayEvening)).toBeNull();
    // Fortnightly from Friday 20 November: the 27th is an off week, the next is 4 December.
    expect(nextSession([weekly("FR", 600, 720, { interval: 2, dtstart: "2026-11-20" })], tuesdayEvening)?.date).toBe("2026-12-04");
  });

  it("gives no date for monthly sessions or when there are no sessions", () => {
    expect(nextSession([weekly("SA", 600, 720, { freq: "MONTHLY" })], tuesdayEvening)).toBeNull();
    expect(nextSession([], tuesdayEvening)).toBeNull();
  });

  it("drops past events from the sessions shown", () => {
    const rows = [weekly("TU", 600, 700), event("2026-11-01", 600, 700), event("2026-12-01", 600, 700)];
    expect(currentSessions(rows, tuesdayEvening)).toHaveLength(2);
  });
});
